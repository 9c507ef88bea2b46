"""One person singled out by his office ("shot dead the mukhtar of the village", "killed the head of the local
council"): a targeted killing, like "a member of X". Sentences written for these tests."""

from __future__ import annotations

from contract_rows import contract, kinds


def test_gunmen_shot_dead_the_mukhtar_of_a_village_is_an_assassination() -> None:
    row = contract("Daraa\n\nGunmen shot dead the mukhtar of the village of Um Walad in the eastern countryside of "
                   "Daraa on Monday evening, after accusing him of working with the security services.")
    assert kinds(row) == ["assassination"]


def test_look_alike_shelling_that_killed_the_head_of_a_family_stays_shelling() -> None:
    row = contract("Idlib\n\nRegime forces shelled the village of Kafr Uwayd on Monday, killing the head of a family "
                   "and wounding his son.")
    assert kinds(row) == ["shelling"]
