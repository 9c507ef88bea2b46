"""An incident told with no place, then retold by a sentence with no toll of its own whose attack verb is tied to a
settlement ("the truck was ambushed near the village of X in the Y desert", "it came under fire near the town of X"),
lies where that sentence puts it, even when a descriptive tail ("a barren stretch where the cells have roamed since
2019") keeps the sentence from counting as an incident of its own (``incident_event_placed``).
Look-alikes: an incident already placed keeps its place; a verb of no attack ("the truck was seen near X"), a
clause that turns to another moment before the place ("was ambushed, hours after it left X") and a sentence about
another attack or another time ("a similar tanker was hit near X", "two years ago a tanker was hit near X") place
nothing.

Every sentence here was written for these tests.
"""

from __future__ import annotations

from contract_rows import contract, governorates, place_names

_UNPLACED = ("Attack in the east\n\nGunmen ambushed a truck carrying farm workers in eastern Syria on Monday, killing "
             "nine of them, a monitor said.\n\n")


def test_retold_passive_verb_places_the_incident_despite_a_descriptive_tail() -> None:
    row = contract(_UNPLACED + "The monitor said the truck was ambushed near the village of Um Tina in the Raqqa "
                   "desert, a barren stretch where the cells have roamed since the spring of 2019.")
    assert governorates(row) == ["Ar-Raqqa"]


def test_came_under_fire_near_a_town_places_the_incident() -> None:
    row = contract(_UNPLACED + "According to the monitor, the truck was heading home at dusk when it came under fire "
                   "near the town of Maadan in the Raqqa desert, a region where cells have hidden since 2019.")
    assert governorates(row) == ["Ar-Raqqa"]


def test_look_alike_incident_already_placed_keeps_its_place() -> None:
    row = contract("Shelling in the north\n\nRegime guns pounded Kafr Nabl in Idlib province at dawn on Monday, leaving "
                   "two farmers dead, a monitor said.\n\nThe monitor said a patrol was ambushed near the "
                   "village of Um Tina in the Raqqa desert, a barren stretch where cells have roamed since 2019.")
    assert governorates(row)[0] == "Idleb"


def test_look_alike_a_verb_of_no_attack_places_nothing() -> None:
    row = contract(_UNPLACED + "The monitor said the truck was seen near the village of Um Tina in the Raqqa desert, "
                   "a barren stretch where the cells have roamed since the spring of 2019.")
    assert governorates(row) == [None]


def test_look_alike_clause_turns_before_the_place() -> None:
    row = contract(_UNPLACED + "The monitor said the truck was ambushed, hours after it left the village of Um Tina in "
                   "the Raqqa desert, a barren stretch where the cells have roamed since the spring of 2019.")
    assert governorates(row) == [None]


_TANKER = "Tanker hit\n\nAn oil tanker was struck by a roadside bomb on Tuesday, killing its driver, the monitor said.\n\n"


def test_look_alike_a_similar_attack_that_day_places_nothing() -> None:
    row = contract(_TANKER + "A similar tanker was hit near the city of Palmyra that day as well.")
    assert place_names(row) == [[]]


def test_look_alike_another_attack_in_another_year_places_nothing() -> None:
    row = contract(_TANKER + "Another tanker came under fire near the town of Sukhnah in 2021, in a stretch where the "
                   "cells have roamed for years.")
    assert place_names(row) == [[]]


def test_look_alike_an_attack_years_ago_places_nothing() -> None:
    row = contract(_TANKER + "Two years ago a tanker was hit near the city of Palmyra, in a stretch where the cells "
                   "have roamed for years.")
    assert place_names(row) == [[]]
