"""A victim's own men named after him inside a breakdown of a toll (``casualty_kin``, ``casualty_lists.GROUP_THEN_AND``,
``assemble._broken_down_after``): "killing three people: a leader in the Hamza Division and two of his companions" (all
of his side, and the three are those parts), also where his group's name ends his words ("a commander in the SDF's
military council and two of his companions"). Look-alikes: companions "whose nationalities were not identified" stay of
no side; a companion named after the one victim ("along with his companion") is one more, not a part.

Every sentence here was written for these tests; places are real Syrian names, the events invented.
"""

from __future__ import annotations

from contract_rows import killed_sums as killed


def test_companions_after_a_colon_are_of_the_leaders_side() -> None:
    text = ("Drone strike near Jarablus\n\nA drone struck a car near Jarablus on Wednesday, killing three people: a leader in "
            "the Hamza Division, one of his companions and a civilian driver.")
    assert killed(text) == {"turkey_factions": 2, "civilians": 1}


def test_companions_after_a_group_that_ends_the_victims_words() -> None:
    text = ("Drone strike near Amuda\n\nA Turkish drone struck a car near Amuda on Monday, killing a commander in the "
            "SDF's military council and two of his companions.")
    assert killed(text) == {"sdf": 3}


def test_the_whole_told_first_in_the_same_sentence_is_its_parts() -> None:
    text = ("Drone strike near Amuda\n\nA Turkish drone struck a car near Amuda on Monday, killing three people, a "
            "commander in the SDF and two of his companions.")
    assert killed(text) == {"sdf": 3}


def test_companions_of_unstated_nationality_stay_of_no_side() -> None:
    text = ("Strike near Al-Sayyidah Zaynab\n\nMissiles hit a farm near Al-Sayyidah Zaynab on Monday, killing an officer "
            "of the Iranian Revolutionary Guard along with two of his companions, whose nationalities were not identified.")
    assert killed(text) == {"pro_iran_foreign": 1, "unknown": 2}


def test_a_companion_named_after_the_one_victim_is_one_more() -> None:
    text = ("Drone strike near Sarmada\n\nA drone struck a car near Sarmada on Friday, killing a commander of Hurras "
            "al-Din along with his companion.")
    assert killed(text) == {"hts_rebels": 1, "unknown": 1}
