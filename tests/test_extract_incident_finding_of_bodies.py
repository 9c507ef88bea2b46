"""Incidents: "documented the finding of dozens of bodies in a well near X" (or "the discovery of the bodies of")
tells of bodies found: an event of its own (`other`), even with no number of dead.

Look-alike: bodies pulled from the rubble of a strike stay the strike's dead.

Every sentence here was written for these tests; none is taken from an evaluation set.
"""

from __future__ import annotations

from contract_rows import contract, kinds


def test_finding_of_bodies_is_an_event() -> None:
    row = contract("Monitor update\n\nISIS executed 12 men near Al-Kashkiyah on Monday, SOHR said.\n"
                   "SOHR also documented the finding of several bodies, believed to be of villagers, in a ditch near "
                   "the town of Granij.")
    assert kinds(row) == ["execution", "other"]


def test_look_alike_bodies_from_rubble_are_the_strikes() -> None:
    row = contract("Monitor update\n\nRussian warplanes struck a building in Ariha on Monday, killing six civilians. "
                   "Rescuers pulled the bodies of the victims from the rubble.")
    assert kinds(row) == ["airstrike"]
