""""a drone struck a car carrying three members of the same group ..., killing all of them / both of them": the people
carried are of the group named before (``casualty_same.held_of_same_group``), not of no side, and "the organisation"
there is that group, not ISIS. Look-alike: a car carrying civilians keeps the civilians' side.

Every sentence here was written for these tests; places are real Syrian names, the events invented.
"""

from __future__ import annotations

from contract_rows import sentence_sides


def test_carried_members_of_the_same_group() -> None:
    text = ("Drone strikes in Idlib\n\nA coalition drone killed a commander of Ansar al-Tawhid near Atmeh on Friday. In "
            "March, another drone hit a van carrying two members of the same group near Kafr Takharim, killing both of them.")
    assert sentence_sides(text, "In March") == [("killed", 2, "hts_rebels")]


def test_the_organisation_after_a_named_group_is_not_isis() -> None:
    text = ("Drone strikes in Idlib\n\nA coalition drone killed a commander of the Hurras al-Din organisation near Atmeh on "
            "Friday, and wounded another member of the organisation. In March, another drone hit a van carrying two members "
            "of the same organisation near Kafr Takharim, killing both of them.")
    assert sentence_sides(text, "In March") == [("killed", 2, "hts_rebels")]


def test_carried_civilians_keep_their_side() -> None:
    text = ("Drone strikes in Idlib\n\nA coalition drone killed a commander of Ansar al-Tawhid near Atmeh on Friday. In "
            "March, another drone hit a van carrying two farmers near Kafr Takharim, killing both of them.")
    assert sentence_sides(text, "In March") == [("killed", 2, "civilians")]
