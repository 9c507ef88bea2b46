"""Victims told in a later sentence "in" or "after" the event named back by a definite noun ("... was missing after the
attack near the al-Dawa area, and two others were wounded") are the incident's, with the place that event struck; a
sentence with an event word of its own ("warplanes carried out airstrikes after the ambush") or set apart
("Moreover", "another") is not.

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


_AMBUSH = ("Five fighters of the pro-regime militia Liwa al-Quds were killed on Wednesday when ISIS cells ambushed their "
           "patrol in the Palmyra desert, the Syrian Observatory said.\n")


@pytest.mark.parametrize("more", [
    "The monitor said that a sixth member of the group was missing after the attack near the al-Dawa area, west of "
    "Palmyra in the Homs countryside, and that two others were seriously wounded.",
    "Local sources said a sixth member of the militia went missing after the attack near the village of al-Dawa, in "
    "the Homs countryside, and that two others were badly wounded.",
    "Two more fighters were injured during the assault near al-Dawa in the Homs desert, the monitor said.",
])
def test_victims_of_the_event_named_back_are_the_incidents(more: str) -> None:
    rows = _incidents(_AMBUSH + more)
    assert [(r["type"], r["killed"], r["injured"]) for r in rows] == [("ambush", {"regime": 5}, {"regime": 2})]


def test_strikes_after_the_ambush_are_an_event_of_their_own() -> None:
    rows = _incidents(_AMBUSH + "Russian warplanes carried out several airstrikes on the desert of al-Sukhnah after "
                                "the ambush, with no information about casualties.")
    assert [r["type"] for r in rows] == ["ambush", "airstrike"]
