"""A sentence that only counts events ("SNHR has documented two attacks on M10 hospital") which the report then tells
one by one is no incident of its own; a count with its own toll stays one.

Every sentence here was written for these tests; places are real Syrian names, the events invented.
"""

from __future__ import annotations

from datetime import date

import pytest

from observatory.extract import extract_report, to_contract
from observatory.models import Report


def _incidents(text: str) -> list[dict[str, object]]:
    report = Report(text=text, published=date(2016, 10, 3), external_id="t")
    rows: list[dict[str, object]] = to_contract("t", extract_report(report))["incidents"]
    return rows


_TOLD = ("\nOn Saturday, October 1, 2016, regime helicopters dropped two barrel bombs on the M10 hospital in al-Sakhour "
         "neighborhood, killing two civilians.\n"
         "The hospital had already been damaged on Wednesday, September 28, 2016, when Russian warplanes fired missiles "
         "at the building, causing no casualties.")


@pytest.mark.parametrize("count", [
    "The Syrian Network for Human Rights has documented two attacks on M10 hospital in eastern Aleppo.",
    "Activists recorded two separate air strikes on the M10 hospital in Aleppo city in four days.",
    "Within four days, 2 attacks targeted the M10 hospital, the largest trauma hospital in eastern Aleppo, SNHR said.",
])
def test_a_count_of_events_told_one_by_one_is_no_incident(count: str) -> None:
    rows = _incidents(count + _TOLD)
    assert [r["killed"] for r in rows] == [{"civilians": 2}, {}]


def test_a_count_with_its_own_toll_stays_an_incident() -> None:
    rows = _incidents("Two air strikes on the M10 hospital in Aleppo killed three civilians on Monday.")
    assert [r["killed"] for r in rows] == [{"civilians": 3}]
