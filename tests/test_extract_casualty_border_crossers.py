""""A young man was shot dead by Turkish border guards while he was trying to cross into Turkish territory": people shot
crossing into Turkey are civilians fleeing (SCHEMA: civilians where the text describes them as such), read through
``mention_sides._CIVILIAN_SAID``; a man shot with no such words stays of no side.

Every sentence here was written for these tests; places are real Syrian names, the events invented.
"""

from __future__ import annotations

from contract_rows import killed_sums as killed


def test_man_shot_crossing_into_turkish_territory_is_a_civilian() -> None:
    text = ("Border shooting\n\nA young man from Manbij was shot dead by Turkish border guards near Jarablus at dawn on "
            "Sunday, while he was trying to cross into Turkish territory.")
    assert killed(text) == {"civilians": 1}


def test_attempting_to_cross_illegally_into_turkey() -> None:
    text = ("Border shooting\n\nTurkish Jandarma opened fire near Darkush on Tuesday night, killing a man from Hama who was "
            "attempting to cross illegally into Turkey.")
    assert killed(text) == {"civilians": 1}


def test_man_shot_near_the_border_without_crossing_stays_unknown() -> None:
    text = "Border shooting\n\nA young man was shot dead by unknown gunmen near Jarablus at dawn on Sunday."
    assert killed(text) == {"unknown": 1}


def test_a_crossing_told_in_another_sentence_leaves_the_man_unknown() -> None:
    # look-alike: the crossers are others, told in a sentence of their own
    text = ("Border incidents\n\nTurkish border guards turned back a group of families trying to cross into Turkey near "
            "Jarablus on Sunday. In Jarablus, a man was shot dead by unknown gunmen on Sunday night.")
    assert killed(text) == {"unknown": 1}


def test_a_groups_men_trying_to_cross_are_not_civilians() -> None:
    # look-alike: the men crossing are a group's fighters
    text = ("Border incidents\n\nTurkish border guards shot dead a man near Azaz on Monday after two HTS members who were "
            "trying to cross into Turkey fled into the fields.")
    assert killed(text) == {"unknown": 1}
