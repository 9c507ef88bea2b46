"""Incidents: strikes counted and told with no place of their own but "in the area" ("warplanes then carried out 20
airstrikes on hideouts in the area") hit where the incident just told happened, and take its places.

Look-alikes: "in the area of B" names its own place; raids not counted ("later carried out raids on hideouts in the
area") stay as they were, with no place.

Every sentence here was written for these tests; none is taken from an evaluation set.
"""

from __future__ import annotations

from contract_rows import contract, governorates, kinds, place_names

_LEAD = ("Syrian Observatory for Human Rights\nDesert attack\n\n"
         "ISIS cells attacked positions of regime forces in the al-Sukhnah desert, east of Homs, at "
         "dawn on Saturday, killing three soldiers.\n")


def test_strikes_in_the_area_take_the_place_told_before() -> None:
    row = contract(_LEAD + "Russian warplanes then carried out more than 20 airstrikes on suspected ISIS hideouts in the "
                           "area, with no information on casualties so far.")
    assert kinds(row) == ["attack", "airstrike"]
    assert governorates(row) == ["Homs", "Homs"]


def test_look_alike_in_the_area_of_a_named_place_keeps_its_own() -> None:
    row = contract(_LEAD + "Russian warplanes then carried out more than 20 airstrikes on suspected ISIS hideouts in the "
                           "area of Jabal al-Bishri.")
    assert place_names(row)[1] == ["Jabal al-Bishri"]


def test_look_alike_uncounted_raids_in_the_area_stay_unplaced() -> None:
    row = contract(_LEAD + "Russian warplanes later carried out raids on suspected ISIS hideouts in the area.")
    assert governorates(row)[1:] in ([], [None])
