"""Incidents: a paragraph that tells an event as leaving no casualties ("no casualties have been reported"), then a
paragraph where another side's deed in the same area kills or wounds people, is two incidents: the first is no lead
whose details the second gives.

Look-alike: the same side's event told again with its dead after the lead stays one incident.

Every sentence here was written for these tests; none is taken from an evaluation set.
"""

from __future__ import annotations

from observatory.extract import extract_report
from observatory.models import Report


def _events(text: str) -> list[tuple[str, str | None, dict[str, int | None]]]:
    return [(e.event_type, e.perpetrator_side, {c.side: c.killed.best for c in e.casualties if c.killed})
            for e in extract_report(Report(text=text)).events]


_AIR = ("Syrian Observatory for Human Rights\nDesert\n\n"
        "Russian warplanes have carried out about 20 air strikes since dawn on suspected ISIS hideouts in the desert "
        "of Resafa in the southern countryside of Raqqa. The raids accompanied a regime combing operation, and no "
        "casualties have been reported so far.\n")


def test_another_sides_attack_with_dead_after_a_casualty_free_strike_is_another_incident() -> None:
    text = _AIR + ("In the same area, a member of the regime forces was killed and another was wounded when ISIS "
                   "cells attacked their checkpoint near Resafa at noon today.")
    events = _events(text)
    assert len(events) == 2
    assert ("airstrike", "russia", {}) in events
    assert any(e[1] == "isis" and e[2] == {"regime": 1} for e in events)


def test_look_alike_a_lead_told_with_its_dead_below_stays_one() -> None:
    text = ("Syrian Observatory for Human Rights\nDesert\n\n"
            "Russian warplanes have carried out about 20 air strikes since dawn on suspected ISIS hideouts in the "
            "desert of Resafa in the southern countryside of Raqqa.\n"
            "In the same area, three ISIS members were killed when Russian warplanes struck their hideout near Resafa.")
    assert len(_events(text)) == 1
