"""A source's second account of the incident just told is not another incident: its subject is the event's weapon
with "also" before a harm verb ("the monitor said the rockets fell on A and B, also injuring two women"), or it
points back to the victim told before ("activists said masked men shot at the officer's car, killing him").
Sentences written for these tests."""

from __future__ import annotations

from contract_rows import contract, injured_sums, kinds, place_names


def test_weapon_subject_with_also_wounding_is_the_same_shelling() -> None:
    text = ("Shelling on Ain Issa\n\nA shepherd was killed on Sunday when regime forces shelled farmland near "
            "Ain Issa in the northern countryside of Raqqa.\n\nLocal activists said the rockets fell on the villages "
            "of Saida and Jahbal, also injuring two women.")
    row = contract(text)
    assert kinds(row) == ["shelling"]
    assert "Saida" in place_names(row)[0]
    assert injured_sums(text) == {"civilians": 2}


def test_look_alike_also_shelled_another_village_stays_apart() -> None:
    row = contract("Shelling on Ain Issa\n\nA shepherd was killed on Sunday when regime forces shelled farmland near "
                   "Ain Issa in the northern countryside of Raqqa.\n\nTurkish forces also shelled the village of "
                   "Saida in Tal Abyad countryside, wounding two women.")
    assert kinds(row) == ["shelling", "shelling"]


def test_account_pointing_back_to_the_victim_is_the_same_killing() -> None:
    row = contract("Ambush in Daraa\n\nA commander of a local group that joined the Fourth Division was killed along "
                   "with two of his guards in an ambush near the town of Nawa in western Daraa on Sunday, SOHR said.\n\n"
                   "The Nawa Youth Network, a local group of activists, said masked gunmen hiding in a field opened fire "
                   "on the commander's car, killing him and his guards, and wounding a shepherd who was passing by.")
    assert kinds(row) == ["ambush"]


def test_look_alike_account_of_a_new_victim_stays_apart() -> None:
    row = contract("Ambush in Daraa\n\nA commander of a local group that joined the Fourth Division was killed along "
                   "with two of his guards in an ambush near the town of Nawa in western Daraa on Sunday, SOHR said.\n\n"
                   "The Nawa Youth Network, a local group of activists, said masked gunmen hiding in a field also opened "
                   "fire on two farmers, killing them and wounding a shepherd who was passing by.")
    assert len(kinds(row)) == 2


def test_look_alike_other_weapon_with_also_wounded_is_not_added() -> None:
    text = ("Shelling on Zarkan\n\nTurkish forces shelled the outskirts of Zarkan in the countryside of Al-Hasakah on "
            "Tuesday, causing material damage only.\n\nSince the start of the year, Turkish drones have killed 40 "
            "people in the region. The drones also wounded more than 70 people, among them nine children.")
    assert kinds(contract(text)) == ["shelling"]
    assert injured_sums(text) == {}
