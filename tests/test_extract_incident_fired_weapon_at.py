"""Incidents: fighters who "fired machine-guns at houses", "fired live rounds towards a car" attack (gunfire of a side
aimed at someone), also with no casualties told.

Look-alike: rockets or shells fired at a place stay shelling.

Every sentence here was written for these tests; none is taken from an evaluation set.
"""

from __future__ import annotations

from contract_rows import contract, kinds

_LEAD = ("Monitor update\n\n"
         "A Turkish drone struck a car near Darbasiyah in the northern countryside of Hasakah on Friday, killing two SDF "
         "members.\n")


def test_machine_guns_fired_at_houses_are_an_attack() -> None:
    row = contract(_LEAD + "SOHR also learned that Turkish-backed factions fired heavy machine-guns at homes in the village "
                           "of Tal Shanan, with no word on casualties yet.")
    assert kinds(row) == ["drone_strike", "attack"]


def test_look_alike_rockets_fired_at_a_village_are_shelling() -> None:
    row = contract("Monitor update\n\nTurkish-backed factions fired rockets at the village of Tal Shanan on Friday, "
                   "wounding a child.")
    assert kinds(row) == ["shelling"]
