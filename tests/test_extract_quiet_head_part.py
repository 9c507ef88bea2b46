"""A sentence cut in two at "... and in B" (one action in two provinces) tells no event in its second part when its
first part tells none (a trend: "ISIS cells stepped up attacks ... in the past weeks"); the second part does not take
the kind and day of the incident told before. A part that recalls an earlier event ("the deadliest since August, when
...") still tells one.

Every sentence here was written for these tests; places are real Syrian names, the events invented.
"""

from __future__ import annotations

from datetime import date

import pytest

from observatory.extract import extract_report, to_contract
from observatory.models import Report


def _incidents(text: str) -> list[dict[str, object]]:
    report = Report(text=text, published=date(2022, 5, 12), external_id="t")
    rows: list[dict[str, object]] = to_contract("t", extract_report(report))["incidents"]
    return rows


_SNIPER = "SOHR reported yesterday that a regime soldier was shot dead by ISIS snipers near Ithriya in the eastern countryside of Hama. "


@pytest.mark.parametrize("trend", [
    "The Russian escalation comes after ISIS cells stepped up attacks on regime forces on the Ithriya–Al-Raqqa road "
    "and in the Palmyra desert, in the past weeks.",
    "ISIS cells have intensified their attacks on convoys near Ithriya in Hama province and in the Palmyra desert in "
    "Homs province in recent weeks.",
    "Over the past months the cells have escalated their ambushes in the Ithriya desert in Hama province and in the "
    "desert of al-Sukhnah in Homs province.",
])
def test_second_part_of_a_trend_is_no_incident(trend: str) -> None:
    rows = _incidents(_SNIPER + trend)
    assert [(r["type"], r["governorate"], r["killed"]) for r in rows] == [("attack", "Hama", {"regime": 1})]


def test_recalled_event_after_a_milestone_stays_an_incident() -> None:
    rows = _incidents("ISIS fighters killed ten soldiers in an attack east of Uqayribat in Hama province on Tuesday night. "
                      "It was the deadliest ISIS attack in the region since August, when the jihadists killed nine "
                      "soldiers near Ithriya.")
    assert [r["killed"] for r in rows] == [{"regime": 10}, {"regime": 9}]


def test_part_with_its_own_event_after_a_quiet_part_stays_an_incident() -> None:
    rows = _incidents("ISIS cells ambushed an army bus near Ithriya in the eastern countryside of Hama on Monday, killing "
                      "eight soldiers. Regime forces sent military reinforcements to the area, while Russian warplanes "
                      "carried out several airstrikes on the desert of Ithriya, with no information about casualties.")
    assert [r["type"] for r in rows] == ["ambush", "airstrike"]
