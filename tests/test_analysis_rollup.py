"""The rollup index answers exactly what the frame computation answers (the benchmark's fast path)."""

from __future__ import annotations

import sys
from datetime import date
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from observatory.analysis.frame import day_number
from observatory.analysis.ontology import load_ontology
from observatory.analysis.rollup import TallyIndex
from observatory.analysis.tally import DIMENSIONS, TallyQuery, tally_frame

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "bench"))
from bench_tally import synthetic_frame  # noqa: E402

ONTO = load_ontology()
FRAME = synthetic_frame(6_000, seed=7)
INDEX = TallyIndex.build(FRAME, ONTO)


def reference(q: TallyQuery) -> tuple[object, object]:
    f = FRAME
    if q.since:
        f = f[f["day"] >= day_number(q.since)]
    if q.until:
        f = f[f["day"] <= day_number(q.until)]
    if q.governorates:
        f = f[f["admin1"].isin(q.governorates)]
    if q.types:
        f = f[f["type"].isin(q.types)]
    return tally_frame(f, q, ONTO)


dates = st.dates(min_value=date(2011, 3, 1), max_value=date(2025, 2, 1))
side_names = st.sampled_from(["regime", "isis", "russia", "civilians", "regime_and_allies", "opposition"])


@settings(max_examples=25, deadline=None)
@given(a=dates, b=dates, by=st.lists(st.sampled_from(DIMENSIONS), max_size=2, unique=True),
       sides=st.lists(side_names, max_size=2, unique=True), gov=st.booleans())
def test_index_matches_frame(a: date, b: date, by: list[str], sides: list[str], gov: bool) -> None:
    time_dims = [d for d in by if d in ("week", "month", "year")]
    if len(time_dims) > 1:
        by = [d for d in by if d not in time_dims[1:]]
    q = TallyQuery(since=min(a, b), until=max(a, b), by=tuple(by), sides=tuple(sides),
                   governorates=("Aleppo", "Homs") if gov else ())
    assert INDEX.query(q) == reference(q)


@pytest.mark.parametrize("q", [
    TallyQuery(),
    TallyQuery(since=date(2019, 3, 24), until=date(2019, 4, 20), by=("group", "side")),
    TallyQuery(since=date(2012, 1, 31), until=date(2020, 3, 1), by=("month",), types=("attack", "shelling")),
    TallyQuery(since=date(2013, 2, 3), until=date(2013, 2, 3), sides=("regime", "isis")),
])
def test_index_matches_frame_examples(q: TallyQuery) -> None:
    assert INDEX.query(q) == reference(q)
