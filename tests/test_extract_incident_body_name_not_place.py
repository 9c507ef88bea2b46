"""Incidents: a body that reports events, named with its kind of body at the end ("the Hama Free League", "the Qalamoun
Human Rights Organisation", "the Coastal Coordinators"), is who tells the story, not a town where a second event
happened.

Look-alike: a town named after the same source still places an event of its own.

Every sentence here was written for these tests; none is taken from an evaluation set.
"""

from __future__ import annotations

from contract_rows import contract, place_names
from observatory.extract.places import place_mentions


def test_a_league_that_reports_is_no_place() -> None:
    row = contract("Fighters storm checkpoints\n\n"
                   "Former rebels attacked two army checkpoints in the town of Tafas on Monday, according to the "
                   "Yarmouk Free League, a network of local activists.")
    assert len(row["incidents"]) == 1
    assert not any("League" in name for names in place_names(row) for name in names)


def test_an_organisation_that_reports_is_no_place() -> None:
    row = contract("Drone strike\n\n"
                   "A drone struck a car near the village of Tal Shanan on Sunday, killing a fighter, according to the "
                   "Jazira Human Rights Organisation.")
    assert not any("Organisation" in name for names in place_names(row) for name in names)




def test_the_guards_are_who_not_where() -> None:
    # "... and the Guards vowed revenge": the Revolutionary Guards speak of the strike told so far; they are no place
    text = "Tehran said Israel would pay for the strike on the villa in Kafr Sousa, and the Guards vowed revenge."
    assert [p.name for p in place_mentions(text, 0, len(text))] == ["Kafr Sousa"]


def test_a_lone_letter_is_no_place() -> None:
    # "said in a post on X" (the platform), "U.S.-backed": a letter is never a town
    text = "The ministry said in a post on X that its drones struck a car near the village of Tal Shanan."
    assert [p.name for p in place_mentions(text, 0, len(text))] == ["Tal Shanan"]
