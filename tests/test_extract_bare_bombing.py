"""Incidents: a bombing told by that word alone ("after a bombing in X that killed ...") is a bomb set off on the
ground (ied_landmine), not a shooting attack.

Look-alikes: warplanes named with the bombing strike from the air; gunmen who attacked a post stay an attack;
"the bombing of a school by warplanes" is the aircraft's.

Every sentence here was written for these tests; none is taken from an evaluation set.
"""

from __future__ import annotations

from contract_rows import contract, kinds


def test_bare_bombing_is_a_bomb() -> None:
    row = contract("Monitor update\n\nA bombing near the vegetable market of Azaz killed three traders on Friday "
                   "morning, SOHR said.")
    assert kinds(row) == ["ied_landmine"]


def test_bombing_abroad_recalled_is_a_bomb() -> None:
    row = contract("Monitor update\n\nAnkara started the shelling on Friday, days after a bombing in Gaziantep on "
                   "June 2 that killed four people.")
    assert "ied_landmine" in kinds(row)


def test_look_alike_warplanes_bombing_is_an_airstrike() -> None:
    row = contract("Monitor update\n\nRussian warplanes kept up their bombing near Kafr Amim on Friday, killing a "
                   "shepherd, SOHR said.")
    assert kinds(row) == ["airstrike"]


def test_look_alike_gunmen_attack_stays_an_attack() -> None:
    row = contract("Monitor update\n\nGunmen attacked a checkpoint near Azaz on Friday, killing a guard, a week "
                   "after a bombing there, SOHR said.")
    assert kinds(row)[0] == "attack"


def test_look_alike_bombing_of_a_school_by_warplanes_is_an_airstrike() -> None:
    row = contract("Monitor update\n\nThe bombing of a school in Kafr Amim by warplanes killed two children on "
                   "Friday, SOHR said.")
    assert kinds(row) == ["airstrike"]
