"""Incidents: a paragraph whose actor attacks "the convoy" (or bus, patrol) that the incident told before introduced
("an ambush on a convoy of regime forces"), with no toll of its own, tells that incident in detail: not another
event, though it names the attack with another word.

Look-alike: the same words with dead of their own ("..., killing three drivers") stay their own incident.

Every sentence here was written for these tests; none is taken from an evaluation set.
"""

from __future__ import annotations

from observatory.extract import extract_report
from observatory.models import Report

_HEAD = ("Syrian Observatory for Human Rights\nAmbush in the desert\n\n"
         "SOHR has learned that ISIS cells ambushed a convoy of regime forces in the desert of Al-Sukhnah yesterday, "
         "killing nine soldiers.\n")


def _kinds(text: str) -> list[str]:
    return [e.event_type for e in extract_report(Report(text=text)).events]


def test_attackers_of_the_convoy_told_in_detail_are_the_same_incident() -> None:
    assert _kinds(_HEAD + "ISIS cells attacked the convoy, made up of four trucks, with machine guns near the road to "
                          "Palmyra, before withdrawing into the desert.") == ["ambush"]


def test_look_alike_other_dead_stay_their_own() -> None:
    assert len(_kinds(_HEAD + "ISIS cells also attacked the convoy of a fuel company near the T3 station, killing "
                              "three drivers.")) == 2
