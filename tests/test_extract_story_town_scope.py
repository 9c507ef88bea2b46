"""A village the gazetteer does not know, told after an incident the report has placed, lies in that incident's
governorate (``incident_story_town``), also when:

* the incident before it named a place of another governorate inside its own text (the home towns of displaced
  victims, a landmark the gazetteer puts elsewhere): that incident's governorate already weighed those names, so only
  the text after it can move the story on;
* the village is told as where a thing lies, by the thing's common noun ("the gas station in Y", "the hills around
  Y", "the farms near Y") rather than by "the village of Y".

Look-alikes: a town of another governorate named between the two incidents, a thing in a Turkish town, and a thing
named in the first incident of a report keep no governorate lent.

Every sentence here was written for these tests; the towns are real Syrian names, the villages made up.
"""

from __future__ import annotations

from contract_rows import contract, governorates

_LEAD = ("Strikes in the north\n\nRegime guns hit Kafr Nabl, a town south of Idlib city, "
         "on Tuesday, killing three civilians, a monitor said.\n\n")

_DISPLACED = ("Raid on a shelter\n\nWarplanes bombed a shelter for families displaced from Homs and Hama in the town of "
              "Kafr Nabl, a town south of Idlib city, on Tuesday, killing six civilians, a monitor said.\n\n")


def test_names_inside_the_incident_before_do_not_move_the_story() -> None:
    row = contract(_DISPLACED + "On Wednesday, gunmen ambushed a patrol near the village of Tell Zaarouna, killing "
                   "two soldiers.")
    assert governorates(row) == ["Idleb", "Idleb"]


def test_the_gas_station_in_an_unknown_village() -> None:
    row = contract(_LEAD + "On Wednesday, jets also bombed the fuel depot in Tell Zaarouna, killing a guard.")
    assert governorates(row) == ["Idleb", "Idleb"]


def test_the_hills_around_an_unknown_village() -> None:
    row = contract(_LEAD + "On Wednesday, a rocket struck the olive groves around Tell Zaarouna, killing a farmer.")
    assert governorates(row) == ["Idleb", "Idleb"]


def test_look_alike_a_town_of_another_governorate_after_the_incident_before() -> None:
    row = contract(_DISPLACED + "The raids then moved towards Hama. On Wednesday, gunmen ambushed a patrol near the "
                   "village of Tell Zaarouna, killing two soldiers.")
    assert governorates(row)[1] != "Idleb"


def test_look_alike_a_thing_in_a_turkish_town() -> None:
    row = contract(_LEAD + "On Wednesday, shells fired from Syria hit the grain silo in the Turkish town of Tell "
                   "Zaarouna, killing a worker.")
    assert governorates(row)[1] is None


def test_look_alike_the_first_incident_has_nothing_before_it() -> None:
    row = contract("Shelling kills one\n\nOn Wednesday, a rocket struck the olive groves around Tell Zaarouna, killing "
                   "a farmer, a monitor said.")
    assert governorates(row) == [None]
