""""A man, his wife and their four children were killed": a household told as one list, its first person read with the
role of the verb after the list (``casualty_kin_list``), and "the victims are a man, his wife and their two daughters"
under a family headline: the man is a civilian like the relatives told after him (``casualty_kin.family_pair``).
Look-alikes: the list restating a figure right before it ("six members of one household - a man, ...") adds no one;
a household "found murdered" is left as it was read (murder victims are of no side the text gives).

Every sentence here was written for these tests; places are real Syrian names, the events invented.
"""

from __future__ import annotations

from contract_rows import killed_sums as killed


def test_household_list_before_its_verb_counts_the_first_person() -> None:
    text = ("Rocket on Kafr Latah\n\nA man, his wife and their four children were killed on Tuesday night when a regime "
            "rocket struck their home on the edge of Kafr Latah.")
    assert killed(text) == {"civilians": 6}


def test_household_list_with_one_child_is_unchanged() -> None:
    text = ("Rocket on Kafr Latah\n\nA man, his wife and their son were killed on Tuesday night when a regime rocket "
            "struck their home on the edge of Kafr Latah.")
    assert killed(text) == {"civilians": 3}


def test_man_named_before_his_wife_and_children_is_a_civilian() -> None:
    text = ("Artillery fire kills four members of a family in Maarzita\n\nRegime artillery hit a house in Maarzita before "
            "dawn on Tuesday. A neighbour said that the dead are an elderly man, his wife and their two grandsons, the "
            "eldest of the boys nine years old.")
    assert killed(text) == {"civilians": 4}


def test_list_restating_a_figure_adds_no_one() -> None:
    text = ("Rocket on Kafr Latah\n\nA regime rocket struck a home in Kafr Latah on Tuesday night. Six members of one "
            "household - a man, his wife and four children - were killed in the strike, rescuers said.")
    assert sum(killed(text).values()) <= 6


def test_household_found_murdered_is_left_alone() -> None:
    text = ("Crime in Jasim\n\nA man, his wife and their three sons were found murdered in a farmhouse outside Jasim on "
            "Tuesday, relatives said.")
    assert "civilians" not in killed(text)
