"""One relative of a victim, told without a number in a clause of his own, is counted where his side is known
(``casualty_unnumbered``): "while his son, who was with him, was injured" (the apposition before the verb), "Her
teenage daughter was wounded" at the head of a sentence, "killing one of them and wounding the other"; a relative whose
side the sentence does not show, told in a sentence of his own, is a civilian where all the incident's dead are civilians
("A teacher was shot dead ... His brother was wounded") and is left out rather than guessed otherwise (the kin of a
fighter).

Every sentence here was written for these tests; places are real Syrian names, the events invented.
"""

from __future__ import annotations

from contract_rows import injured_sums as injured
from contract_rows import killed_sums as killed


def test_kin_with_an_apposition_before_the_verb() -> None:
    text = ("Mine\n\nA shepherd was killed by a landmine near Maadan on Sunday, while his son, who was with him, was "
            "injured.")
    assert killed(text) == {"civilians": 1}
    assert injured(text) == {"civilians": 1}


def test_female_kin_at_the_head_of_a_sentence() -> None:
    text = ("Camp\n\nA woman was shot dead inside al-Hol camp on Monday night. Her teenage daughter was wounded in the "
            "attack.")
    assert injured(text) == {"civilians": 1}


def test_the_other_of_two() -> None:
    text = "Shepherds\n\nUnknown gunmen opened fire on two shepherds near Palmyra, killing one of them and wounding the other."
    assert killed(text) == {"civilians": 1}
    assert injured(text) == {"civilians": 1}


def test_kin_of_no_shown_side_is_left_out() -> None:
    # look-alike: the brother of a fighter, in a sentence of his own: his side is not the fighter's, and not shown
    text = ("Blast\n\nA member of the Eighth Brigade was killed by an explosive device planted in his car in Busra "
            "al-Sham. His brother, who was in the car, was wounded.")
    assert injured(text).get("regime", 0) == 0


def test_kin_with_no_verb_of_harm_is_no_figure() -> None:
    # look-alike: a relative who speaks, not one who was hurt
    text = ("Shooting\n\nGunmen shot dead a teacher in Tafas on Monday. His brother, who was at home, said the family had "
            "received threats.")
    assert injured(text) == {}


def test_male_kin_of_a_civilian_victim_in_a_sentence_of_his_own() -> None:
    text = ("Shooting\n\nUnidentified gunmen shot dead a civilian teacher in front of his house in Tafas on Monday. His "
            "brother, who was standing next to him, was wounded in the shooting.")
    assert killed(text) == {"civilians": 1}
    assert injured(text) == {"civilians": 1}


def test_kin_with_his_company_told_without_commas() -> None:
    text = ("Gunfire near Shahba\n\nA young man sustained serious injuries on Monday after gunmen opened fire on his car "
            "near Shahba, while his brother who was travelling with him sustained minor injuries.")
    assert killed(text) == {}
    assert injured(text) == {"unknown": 2}


def test_look_alike_kin_with_his_company_and_no_verb_of_harm() -> None:
    # look-alike: the kin who was with him has no verb of harm of his own: no one more hurt
    text = ("Gunfire near Shahba\n\nA young man sustained serious injuries on Monday after gunmen opened fire on his car "
            "near Shahba, while his brother who was with him escaped unharmed.")
    assert injured(text) == {"unknown": 1}
