"""Incidents: two or three people shot by gunmen no side is named for ("unidentified gunmen opened fire on a car,
killing two cousins", "gunmen believed to be of ISIS opened fire on the house of a dignitary, killing three men") are a targeted killing
(assassination), not an attack.

Look-alikes: gunmen of a named side who shoot two men at a checkpoint, and unknown gunmen who kill shepherds grazing
their sheep, stay attacks.

Every sentence here was written for these tests; none is taken from an evaluation set.
"""

from __future__ import annotations

from contract_rows import contract, kinds

_HEAD = "Syrian Observatory for Human Rights\nSecurity chaos in Daraa\n\n"


def test_two_cousins_shot_in_a_car_by_unidentified_gunmen() -> None:
    row = contract(_HEAD + "Unidentified gunmen opened fire on a car on the road between Jasim and Nawa in the northern "
                           "countryside of Daraa this evening, killing two cousins who were inside it.")
    assert kinds(row) == ["assassination"]


def test_three_men_shot_by_gunmen_believed_to_be_isis() -> None:
    row = contract(_HEAD + "Gunmen believed to belong to ISIS cells opened fire on the house of a tribal dignitary in "
                           "Sbeikhan town in the eastern countryside of Deir Ezzor on Friday night, killing three men.")
    assert kinds(row) == ["assassination"]


def test_look_alike_named_side_at_a_checkpoint_stays_an_attack() -> None:
    row = contract(_HEAD + "Gunmen of the Military Security shot dead two young men at a checkpoint at the entrance of "
                           "Izraa city in the northern countryside of Daraa today.")
    assert kinds(row) == ["attack"]


def test_look_alike_shepherds_shot_by_unknown_gunmen_stay_an_attack() -> None:
    row = contract(_HEAD + "Unknown gunmen opened fire on shepherds grazing their sheep near Al-Lajat in the eastern "
                           "countryside of Daraa, killing two of them.")
    assert kinds(row) == ["attack"]
