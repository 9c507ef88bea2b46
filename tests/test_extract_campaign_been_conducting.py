"""A side that "has been conducting" (waging, carrying out, launching) a campaign tells of a habit, not one event,
as "is carrying out" does; a dated strike of that campaign stays an incident.

Every sentence here was written for these tests; places are real Syrian names, the events invented.
"""

from __future__ import annotations

from datetime import date

import pytest

from observatory.extract import extract_report, to_contract
from observatory.models import Report


def _incidents(text: str) -> list[dict[str, object]]:
    report = Report(text=text, published=date(2023, 1, 26), external_id="t")
    rows: list[dict[str, object]] = to_contract("t", extract_report(report))["incidents"]
    return rows


_ATTACK = "On Wednesday, IS militants attacked an army post near the Hayl gas field, east of Palmyra, killing two soldiers. "


@pytest.mark.parametrize("habit", [
    "Russia, the regime's main ally, has been conducting an air campaign in the desert for several years in support "
    "of regime troops facing IS attacks, hiding in the rugged terrain of the Badia.",
    "The cells have been waging a war of attrition against regime forces in the Badia, attacking convoys and posts.",
    "Russian jets have also been carrying out strikes on the hideouts of the cells in the Badia to support the army.",
])
def test_campaign_in_the_perfect_progressive_is_no_incident(habit: str) -> None:
    rows = _incidents(_ATTACK + habit)
    assert [(r["type"], r["killed"]) for r in rows] == [("attack", {"regime": 2})]
