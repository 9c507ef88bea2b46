"""People told as the subject of a deed done to others are who did it, not who fell (``casualty_doers``): "Two men on
a motorcycle opened fire on him", "Three gunmen stormed a house and shot dead a man"; the dead of a clause after
them ("nine soldiers died when rebels attacked a checkpoint") stay.

Every sentence here was written for these tests; places are real Syrian names, the events invented.
"""

from __future__ import annotations

from contract_rows import killed_sums as killed


def test_men_who_opened_fire_are_no_dead() -> None:
    text = ("Killing in Deir Ezzor\n\nUnknown gunmen shot dead a local commander of the National Defence Forces in the "
            "al-Joura neighbourhood of Deir Ezzor on Friday. Two men on a motorcycle opened fire on him outside his "
            "house before fleeing, and he died on the way to hospital.")
    assert killed(text) == {"regime": 1}


def test_gunmen_who_stormed_a_house_are_no_dead() -> None:
    text = "Killing in Tafas\n\nThree gunmen stormed a house in Tafas on Sunday night and shot dead a man."
    assert sum(killed(text).values()) == 1


def test_dead_of_a_clause_before_the_attackers_stay() -> None:
    text = ("Idlib front\n\nIn Idlib province nine soldiers died when rebels attacked a checkpoint near Maarrat al-Numan "
            "on Monday.")
    assert killed(text) == {"regime": 9}
