"""Incidents: helicopters that only carry or back a raid on the ground do not make it an airstrike.

* "Forces backed by coalition helicopters raided a house ...": the raid (an attack), not the helicopters' support.
* "Coalition helicopters landed near X, where troops stormed a farm": a landing raid (an attack).
* "... two men were arrested and flown by helicopter to the base at X": men carried, no airstrike at X.

Look-alikes: helicopters that drop barrel bombs, or forces backed by warplanes that shell a town, keep their kinds.

Every sentence here was written for these tests; none is taken from an evaluation set.
"""

from __future__ import annotations

from contract_rows import contract, kinds

_HEAD = "Syrian Observatory for Human Rights\nRaid in the eastern countryside\n\n"


def test_raid_backed_by_helicopters_is_an_attack() -> None:
    row = contract(_HEAD + "SDF fighters backed by coalition helicopters raided a farm where an ISIS cell was hiding in "
                           "Al-Sabha village in the eastern countryside of Deir Ezzor at dawn today, killing two members "
                           "of the cell.")
    assert kinds(row) == ["attack"]


def test_helicopters_landed_for_a_raid_is_an_attack() -> None:
    row = contract(_HEAD + "Early this morning, coalition helicopters landed near Al-Kishkiyah town in the eastern "
                           "countryside of Deir Ezzor, where troops stormed a farm and killed an ISIS official.")
    assert kinds(row) == ["attack"]


def test_men_flown_by_helicopter_make_no_airstrike() -> None:
    row = contract(_HEAD + "Coalition troops carried out an airdrop operation on a house in Gharanij town in the "
                           "eastern countryside of Deir Ezzor at dawn today.\n\nAccording to local sources, the operation "
                           "killed a senior ISIS official, while two other men were arrested and flown by helicopter to "
                           "the coalition base in Al-Tanf.")
    assert kinds(row) == ["attack"]


def test_look_alike_barrel_bombs_from_helicopters_stay_airstrikes() -> None:
    row = contract(_HEAD + "Regime helicopters dropped four barrel bombs on Al-Lataminah town in the northern countryside "
                           "of Hama this morning, killing a woman.")
    assert kinds(row) == ["airstrike"]


def test_look_alike_shelling_backed_by_warplanes_stays_shelling() -> None:
    row = contract(_HEAD + "Regime forces, backed by Russian warplanes, shelled Kafr Zita town in the northern "
                           "countryside of Hama this morning, killing a man.")
    assert kinds(row) == ["shelling"]
