"""Incidents: a sentence that names the incident told so far only as what came before its own event ("a landmine killed
two militiamen combing the area after the ambush", "following the attack") tells of another incident when its own kind
of event is another.

Look-alike: dead of the same event told "after the ambush" (wounded who died) stay the incident's.

Every sentence here was written for these tests; none is taken from an evaluation set.
"""

from __future__ import annotations

from contract_rows import contract, kinds

_LEAD = ("Syrian Observatory for Human Rights\nAmbush in the desert\n\n"
         "ISIS cells ambushed a bus carrying regime soldiers in the desert of al-Mayadin city in the eastern countryside "
         "of Deir Ezzor on Thursday, killing 12 soldiers.\n\n")


def test_mine_after_the_ambush_is_another_incident() -> None:
    row = contract(_LEAD + "In the desert of al-Mayadin as well, SOHR documented the deaths of two members of the "
                           "National Defence Forces on Thursday night, in the blast of a mine that ISIS cells had planted"
                           ", while they were combing the area after the ambush.")
    assert kinds(row) == ["ambush", "ied_landmine"]


def test_look_alike_wounded_who_died_after_the_ambush_stay_the_incidents() -> None:
    row = contract(_LEAD + "In the desert of al-Mayadin, two more soldiers died of their wounds in hospital after the "
                           "ambush.")
    assert kinds(row) == ["ambush"]
