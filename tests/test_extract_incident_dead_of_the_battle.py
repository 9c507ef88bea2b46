"""Incidents: a paragraph that only gives the dead of the event told before it ("Dozens of fighters were killed in the
battle for the town"), naming no new town or day, adds them to that event instead of starting another one.

Look-alike: dead in a paragraph that names a new town ("Three civilians were killed in the shelling of B") stay an
incident of their own.

Every sentence here was written for these tests; none is taken from an evaluation set.
"""

from __future__ import annotations

from contract_rows import contract, kinds

_HEAD = ("Monitor: regime forces storm Kafr Nabudah\n\n"
         "Regime troops backed by allied militias stormed the rebel-held town of Kafr Nabudah in the northern countryside "
         "of Hama on Tuesday, the Syrian Observatory for Human Rights said.\n\n")


def test_dead_of_the_battle_join_the_storming() -> None:
    row = contract(_HEAD + "At least 31 rebels and 12 soldiers were killed in the battle for the town, which lies in "
                           "Hama province, the Observatory said.")
    assert len(kinds(row)) == 1


def test_look_alike_dead_in_a_new_town_stay_apart() -> None:
    row = contract(_HEAD + "Three civilians were killed in the shelling of the nearby village of Al-Hawash, the "
                           "Observatory said.")
    assert len(kinds(row)) == 2
