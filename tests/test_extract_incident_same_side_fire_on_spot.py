"""A clause that tells the same side's shelling or strikes on the spot just named ("..., while its artillery pounded
the edges of the two villages") is part of that bombardment, not another incident; another side's fire on the spot
stays an incident of its own. Sentences written for these tests."""

from __future__ import annotations

from contract_rows import contract, kinds


def test_same_side_shelling_of_the_towns_named_is_one_bombardment() -> None:
    row = contract("Barrel bombs on Latamenah\n\nRegime helicopters dropped a dozen barrel bombs on Al-Latamenah and "
                   "Kafr Zita in the northern countryside of Hama on Tuesday, while regime artillery pounded the "
                   "outskirts of the two towns with rockets.")
    assert kinds(row) == ["airstrike"]


def test_same_side_shelling_of_its_edges_is_one_bombardment() -> None:
    row = contract("Strikes on Kansafra\n\nRegime warplanes struck the town of Kansafra in Jabal al-Zawiya in the "
                   "southern countryside of Idlib on Monday, killing three civilians, while regime artillery shelled "
                   "farms on its edges.")
    assert kinds(row) == ["airstrike"]


def test_look_alike_other_sides_strikes_on_the_area_stay_apart() -> None:
    row = contract("Desert ambush\n\nISIS cells ambushed a regime patrol near Al-Shula in the southern countryside of "
                   "Deir ez-Zor on Monday, killing four soldiers, while Russian warplanes carried out airstrikes on "
                   "the area.")
    assert kinds(row) == ["ambush", "airstrike"]
