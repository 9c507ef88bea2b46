"""An incident placed only in a village the gazetteer does not know ("the nearby village of Y", "in Y neighbourhood"),
told after an incident the report has placed, with nothing in between that points to another governorate, lies in
the governorate of the incident before it (``incident_story_town``).
Look-alikes: a town of a neighbouring country ("the Turkish town of Y"), a sentence about the border, a report that
has moved on to a town of another governorate before the village, and a first incident with nothing placed before it
keep no governorate.

Every sentence here was written for these tests; the towns are real Syrian names, the villages made up.
"""

from __future__ import annotations

from contract_rows import contract, governorates

_LEAD = ("Shelling in the north\n\nRegime artillery pounded the town of Kafr Nabl in the southern countryside of Idlib "
         "on Tuesday, killing three civilians, a monitor said.\n\n")


def test_the_nearby_village_takes_the_governorate_before_it() -> None:
    row = contract(_LEAD + "Two farmers were also killed when a shell struck a field in the nearby village of "
                   "Dahr Qarmoutah on Wednesday.")
    assert governorates(row) == ["Idleb", "Idleb"]


def test_a_neighbourhood_the_gazetteer_does_not_know() -> None:
    row = contract(_LEAD + "On Thursday, a drone hit a motorbike in the Hay Zaaroura neighbourhood, killing its rider.")
    assert governorates(row) == ["Idleb", "Idleb"]


def test_look_alike_town_of_a_neighbouring_country() -> None:
    row = contract(_LEAD + "On Thursday, rockets fired from Syria hit the Turkish town of Dahr Qarmoutah, killing a "
                   "shopkeeper, officials in Ankara said.")
    assert governorates(row)[1] is None


def test_look_alike_story_moved_to_another_governorate() -> None:
    row = contract(_LEAD + "Further south, Hama's countryside was calm, but on Thursday a landmine killed two shepherds "
                   "near the village of Dahr Qarmoutah.")
    assert governorates(row)[1] != "Idleb"


def test_look_alike_first_incident_has_nothing_before_it() -> None:
    row = contract("Shelling kills two\n\nTwo farmers were killed when a shell struck a field in the village of "
                   "Dahr Qarmoutah on Wednesday, a monitor said.")
    assert governorates(row) == [None]
