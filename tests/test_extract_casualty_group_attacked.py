""""ISIS cells kidnapped 12 civilians ..., executing the three others": the people of a civilian group that armed men
attacked, stopped or carried off are civilians (``casualty_group_attacked``); a figure naming an armed man, a group
told with armed men beside it, or a clause set apart keeps its own side.

Every sentence here was written for these tests; places are real Syrian names, the events invented.
"""

from __future__ import annotations

from contract_rows import killed_sums as killed


def test_the_rest_of_a_toll_of_an_attack_on_gatherers() -> None:
    text = ("Attack in the desert\n\nNine people, among them two members of the National Defence Forces, were killed on "
            "Monday in an attack by ISIS cells on a group of truffle gatherers near Sukhnah.")
    assert killed(text) == {"civilians": 7, "regime": 2}


def test_the_others_of_civilians_carried_off() -> None:
    text = ("Killing in the desert\n\nISIS cells kidnapped 12 civilians from Uqayribat while they were grazing sheep on "
            "Monday, freeing nine of them and executing the three others.")
    assert killed(text) == {"civilians": 3}


def test_men_taken_from_among_a_group_of_pickers() -> None:
    text = ("Killing in the desert\n\nISIS cells executed two young men from among a group of 14 truffle pickers they "
            "had seized near Sukhnah on Monday.")
    assert killed(text) == {"civilians": 2}


def test_a_group_told_with_its_guards() -> None:
    text = ("Attack in the desert\n\nISIS cells attacked truffle hunters and their guards near Sukhnah on Monday, killing "
            "three men.")
    assert "civilians" not in killed(text)


def test_an_armed_man_in_the_figure_keeps_his_side() -> None:
    text = ("Attack in the desert\n\nISIS cells attacked a group of shepherds near Sukhnah on Monday, killing a soldier "
            "who was passing by.")
    assert "civilians" not in killed(text)


def test_a_death_set_apart_from_the_attack() -> None:
    text = ("Attack in the desert\n\nISIS cells abducted five shepherds near Sukhnah on Monday, while two men were "
            "killed by unknown gunmen in Palmyra.")
    assert "civilians" not in killed(text)


def test_a_body_found_in_a_clause_of_its_own() -> None:
    text = ("Killing in the south\n\nGunmen abducted farmers near Nawa on Monday, and the body of a man was found in "
            "Jasim.")
    assert "civilians" not in killed(text)


def test_a_killing_by_others_told_after_the_attack() -> None:
    text = ("Killing in the south\n\nRegime forces attacked civilians protesting in Daraa city, as unknown people killed a "
            "man in Tafas.")
    assert "civilians" not in killed(text)


def test_an_ambush_on_the_group_that_left_some_of_them_dead() -> None:
    text = ("Truffle season in the Badia\n\nThe worst single attack of the season was an ISIS ambush on truffle hunters "
            "near Ithriya on February 9, which left 12 of them dead, the Observatory said.")
    assert killed(text) == {"civilians": 12}
