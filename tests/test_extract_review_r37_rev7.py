"""Review of round 37 (rev7): look-alikes of the hurt-state "another" (``figure_hurt_state``), of "hospitalised" /
"admitted to hospital" (``casualty_rises.TREATED``), and figures sent to hospital after a dead figure
(``figure_hurt_state.sent_to_hospital``).

Every sentence here was written for these tests; places are real Syrian names, the events invented.
"""

from __future__ import annotations

from contract_rows import CASUALTY_TESTS_DAY, contract, summed
from contract_rows import injured_sums as injured
from contract_rows import killed_sums as killed


def test_another_among_the_wounded_parts_is_no_one_more() -> None:
    text = ("Ambush near Sukhnah\n\nISIS cells ambushed a regime patrol near Sukhnah, injuring five soldiers; two of them "
            "were moved to Homs and another remains in hospital in Palmyra.")
    assert injured(text) == {"regime": 5}


def test_another_rushed_to_hospital_where_he_died_is_not_hurt() -> None:
    text = ("Shelling on Jisr al-Shughur\n\nRegime shells hit Jisr al-Shughur on Monday, killing a man, while another "
            "was rushed to hospital, where he died hours later.")
    assert injured(text) == {}


def test_who_has_been_hospitalised_then_died() -> None:
    text = ("Death in Ariha\n\nA civilian who has been hospitalised since regime shelling hit Ariha in March died of "
            "his wounds on Tuesday.")
    row = contract(text, CASUALTY_TESTS_DAY)
    dead = sum(summed(row, "killed").values()) + sum(t["killed"] for t in row["totals"])
    assert dead == 1  # his death is the news, told as before
    assert summed(row, "injured", drop_zero=True) == {}


def test_hospitalised_with_cholera_is_no_wound() -> None:
    text = ("Cholera near Atmeh\n\nHealth workers said 23 children were hospitalised with cholera in camps near Atmeh "
            "this week.")
    assert injured(text) == {}


def test_admitted_to_hospital_with_food_poisoning_is_no_wound() -> None:
    text = ("Poisoning in Hasakah\n\nAround 30 people were admitted to hospital with food poisoning after a wedding in "
            "Hasakah, medics said.")
    assert injured(text) == {}


def test_killing_two_and_sending_five_others_to_hospital() -> None:
    text = ("Attack near Hasakah\n\nISIS gunmen attacked an SDF checkpoint outside Hasakah, killing two fighters and "
            "sending five others to hospital.")
    assert sum(killed(text).values()) == 2
    assert sum(injured(text).values()) == 5


def test_killed_a_boy_and_sent_three_to_a_hospital() -> None:
    text = ("Shelling on Darkush\n\nRegime shells killed a boy in Darkush and sent three others to a hospital nearby.")
    assert killed(text) == {"civilians": 1}
    assert injured(text) == {"civilians": 3}


def test_troops_sent_to_guard_a_hospital_are_not_hurt() -> None:
    text = ("Clashes in Daraa\n\nGunmen killed two soldiers near Daraa, and the regime answered by sending 200 troops "
            "to guard the hospital in the city.")
    assert injured(text) == {}
