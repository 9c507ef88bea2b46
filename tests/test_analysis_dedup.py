"""Deduplication: pairwise precision and recall on the labelled pair set, merge/split in the store and the CLI."""

from __future__ import annotations

import json
from collections import Counter
from datetime import date
from pathlib import Path
from typing import Any

import pytest
from click.testing import CliRunner

from observatory.analysis.dedup import compare, deduplicate, list_clusters, normalise_place, split_events
from observatory.analysis.tally import TallyQuery, tally
from observatory.cli import cli
from observatory.errors import AnalysisError
from observatory.models import Casualty, Count, DatePrecision, Event, Location
from observatory.store import Store

PAIRS = Path(__file__).with_name("data") / "dedup_pairs.jsonl"


def to_event(r: dict[str, Any]) -> Event:
    return Event(id=r["id"], report_id=r["report_id"], source=r["source"],
                 date_start=date.fromisoformat(r["date"]) if r["date"] else None,
                 date_precision=DatePrecision(r["date_precision"]), event_type=r["type"],
                 perpetrator_side=r["perpetrator"], target_side=r["target"],
                 location=Location(name=r["place"], lat=r["lat"], lon=r["lon"], admin1=r["governorate"]),
                 casualties=tuple(Casualty(s, killed=Count(n)) for s, n in r["killed"].items()))


def load_pairs() -> list[dict[str, Any]]:
    return [json.loads(line) for line in PAIRS.read_text(encoding="utf-8").splitlines() if line.strip()]


def test_pair_set_is_large_and_balanced() -> None:
    pairs = load_pairs()
    assert len(pairs) >= 200
    same = sum(p["same"] for p in pairs)
    assert 0.35 < same / len(pairs) < 0.65
    assert len({p["case"] for p in pairs}) >= 15


def test_pairwise_precision_and_recall() -> None:
    counts: Counter[str] = Counter()
    for p in load_pairs():
        decided = compare(to_event(p["a"]), to_event(p["b"])).same
        counts[("t" if decided == p["same"] else "f") + ("p" if decided else "n")] += 1
    precision = counts["tp"] / (counts["tp"] + counts["fp"])
    recall = counts["tp"] / (counts["tp"] + counts["fn"])
    print(f"dedup-1 on {sum(counts.values())} pairs: precision {precision:.3f}, recall {recall:.3f} {dict(counts)}")
    assert precision >= 0.95
    assert recall >= 0.95


def test_place_names_normalise_spelling_variants() -> None:
    assert normalise_place("Al-Mayadeen desert") == normalise_place("al-Mayadin")
    assert normalise_place("Deir Ezzor") == normalise_place("Deir ez-Zor")
    assert normalise_place("Palmyra") != normalise_place("Sukhnah")


def ev(eid: str, day: date, n: int, source: str, place: str = "al-Sukhnah", lat: float = 34.88) -> Event:
    return Event(id=eid, date_start=day, event_type="attack", perpetrator_side="isis", target_side="regime",
                 source=source, location=Location(name=place, lat=lat, lon=38.87, admin1="Homs"),
                 casualties=(Casualty("regime", killed=Count(n)),))


def test_deduplicate_merges_in_store_and_tally_counts_once(tmp_db: Path) -> None:
    store = Store.open(str(tmp_db))
    with store.batch("test") as (conn, bid):
        store.add_events(conn, bid, [ev("x1", date(2019, 4, 9), 7, "SOHR"), ev("x2", date(2019, 4, 10), 9, "North Press", "Sokhna"),
                                     ev("x3", date(2019, 4, 9), 8, "Enab Baladi", "As-Sukhna"),
                                     ev("y1", date(2019, 4, 20), 3, "SOHR")])
    q = TallyQuery(since=date(2019, 4, 1), until=date(2019, 4, 30))
    assert tally(store, q).total.incidents == 4
    clusters = deduplicate(store)
    assert clusters == [["x1", "x2", "x3"]]
    res = tally(store, q)
    assert res.total.incidents == 2 and res.total.sources == 3
    assert (res.total.minimum, res.total.low, res.total.best, res.total.high) == (9 + 3, 7 + 3, 8 + 3, 9 + 3)
    split_events(store, ["x2"], note="a second attack")
    assert tally(store, q).total.incidents == 3
    deduplicate(store)  # the analyst's split holds against the automatic rule
    assert [c["events"] for c in list_clusters(store)] == [["x1", "x3"]]
    with pytest.raises(AnalysisError):
        split_events(store, ["y1"])


def test_cli_merge_and_split(tmp_db: Path) -> None:
    store = Store.open(str(tmp_db))
    with store.batch("test") as (conn, bid):
        store.add_events(conn, bid, [ev("a", date(2019, 4, 1), 2, "SOHR"), ev("b", date(2019, 4, 5), 2, "SANA", "Palmyra", 34.56)])
    runner = CliRunner()
    res = runner.invoke(cli, ["merge", "--db", str(tmp_db), "a", "b", "--list"])
    assert res.exit_code == 0, res.output
    assert "Merged 2 event(s)" in res.output and "analyst" in res.output
    res = runner.invoke(cli, ["split", "--db", str(tmp_db), "b"])
    assert res.exit_code == 0 and "dissolved" in res.output
    res = runner.invoke(cli, ["merge", "--db", str(tmp_db), "a", "nope"])
    assert res.exit_code == 1 and "no event with id" in res.output
    res = runner.invoke(cli, ["merge", "--db", str(tmp_db), "--auto"])
    assert res.exit_code == 0 and "0 cluster(s)" in res.output
    res = runner.invoke(cli, ["merge", "--db", str(tmp_db)])
    assert res.exit_code == 2
