"""The dead of an incident told again in a later sentence in words that name no side (``casualty_said_again``, read by
``core._absorb``): "killing all four people in the car", "the three men were killed", "the dead were a man and his
father" restate the dead already counted. Look-alikes: people a clause tells apart by a deed of their own ("the two men who
rushed to help") and a larger figure (a risen toll) are more dead.

Every sentence here was written for these tests; places are real Syrian names, the events invented.
"""

from __future__ import annotations

from contract_rows import killed_sums as killed


def test_all_of_them_on_board_after_a_commander_and_his_men() -> None:
    text = ("Drone strike near Tal Tamr\n\nA Turkish drone killed a commander of the YPG and three of his bodyguards near Tal "
            "Tamr on Friday. Local sources said the drone hit their pickup on the road to Al-Hasakah, killing all four "
            "people inside it.")
    assert killed(text) == {"sdf": 4}


def test_the_men_killed_in_the_house_after_an_official_and_his_aides() -> None:
    text = ("Raid near Al-Busayrah\n\nA coalition raid killed an ISIS finance official and two of his aides in Al-Busayrah "
            "at dawn on Sunday. The raid targeted a farmhouse, where the three men were killed after a short exchange of fire.")
    assert killed(text) == {"isis": 3}


def test_the_dead_were_a_man_and_his_father() -> None:
    text = ("Shelling on Tal Rifaat\n\nTurkish artillery shelled the outskirts of Tal Rifaat on Sunday, killing two "
            "civilians. A medical source said the dead were a man and his elderly father.")
    assert killed(text) == {"civilians": 2}


def test_men_told_apart_by_their_own_deed_are_more_dead() -> None:
    text = ("Mine near Maadan\n\nA landmine killed two soldiers near Maadan on Monday. An hour later, a second mine killed "
            "the two men who rushed to help them.")
    assert killed(text) == {"regime": 2, "unknown": 2}


def test_a_larger_figure_of_no_side_is_not_a_restatement() -> None:
    text = ("Blast in Azaz\n\nA car bomb killed two fighters of the Levant Front at a checkpoint in Azaz on Tuesday. "
            "Hours later, a second blast in the market killed the five people who had gathered there.")
    assert killed(text) == {"turkey_factions": 2, "unknown": 5}

