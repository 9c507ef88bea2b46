"""Review of round 38's ``incident_story_town``: a village the gazetteer does not know, told after an incident the
report has placed, takes that incident's governorate only when its own sentence does not set it elsewhere: abroad
("inside Lebanese territory", "in northern Iraq"), in a wider area the gazetteer does not place ("the Bekaa valley",
"the Druze mountain", "In the Golan, ..."), or in another governorate ("in the neighbouring governorate", "across the
provincial line"). A plain "the nearby village of Y" still takes it.

Every sentence here was written for these tests; the towns are real Syrian names, the villages made up.
"""

from __future__ import annotations

import pytest

from contract_rows import contract, governorates

_HOMS = "Israeli strikes\n\nIsraeli jets struck the town of Qusayr in Homs countryside on Monday, killing two men.\n\n"
_DARAA = "Killings\n\nGunmen shot dead a teacher in the town of Jasim in northern Daraa on Monday.\n\n"
_HASAKEH = ("Drone attacks\n\nA drone killed two SDF fighters in the town of Tal Tamr in Hasakeh countryside on "
            "Monday.\n\n")


@pytest.mark.parametrize("text", [
    _HOMS + "Later on, Israeli drones killed three fighters in the village of Hawsh Qurnah, inside Lebanese territory.",
    _HOMS + "Israeli jets also killed a fighter in the village of Marj Tubayl in the Bekaa valley.",
    _HASAKEH + "Hours later, Turkish warplanes wounded four people in the village of Kani Zerka in northern Iraq.",
    _HASAKEH + "On Tuesday, a rocket fired by the SDF killed a boy in the village of Kocaoba, across the frontier in Mardin.",
])
def test_a_village_told_abroad_keeps_no_governorate(text: str) -> None:
    assert governorates(contract(text))[1] is None


@pytest.mark.parametrize("text", [
    _DARAA + "In the Druze mountain, unknown gunmen killed a farmer in the village of Umm Sirwal al-Gharbi.",
    _DARAA + "In the Golan, an Israeli sniper killed a shepherd in the village of Tell Qarmad.",
    _HASAKEH + "On Tuesday, gunmen shot dead a trader in the village of Ghariba Tahta, in the neighbouring governorate.",
    "Violence\n\nA landmine killed two shepherds near the town of Sukhnah in eastern Homs on Monday.\n\nOn Tuesday, "
    "ISIS gunmen killed a driver in the village of Umm Dabbah, on the far side of the provincial line.",
])
def test_a_village_told_in_another_area_does_not_take_the_governorate_before(text: str) -> None:
    assert governorates(contract(text))[1] is None


def test_the_nearby_village_still_takes_the_governorate_before() -> None:
    row = contract(_DARAA + "On Tuesday, a farmer was shot dead in the nearby village of Tell Qarmad.")
    assert governorates(row) == ["Dar'a", "Dar'a"]
