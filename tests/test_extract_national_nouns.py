"""Casualty figures: a nationality used as the noun of counted dead ("two Iraqis and a Lebanese", "an Iraqi").

* the singular "Iraqi" and "Pakistani", and "Lebanese" in either number, counted by a number or an article with no noun
  after them, stand for the foreign militia their plural names (pro_iran_foreign), as "Iraqis" does;
* the same words as adjectives ("the Iraqi border", "a Lebanese truck driver") or in apposition to a person named
  just before them ("an ISIS emir, an Iraqi,") give no side of their own.

Every sentence here was written for these tests; the places are real Syrian names, the events invented.
"""

from __future__ import annotations

from contract_rows import killed_sums

T = "Local update\n\n"


def test_two_of_one_nation_and_one_of_another() -> None:
    text = T + "A missile fired by an unidentified jet hit a farmhouse east of al-Mayadin on Friday and killed two Iraqis and a Lebanese."
    assert killed_sums(text) == {"pro_iran_foreign": 3}


def test_singular_iraqi_and_plural_lebanese() -> None:
    text = T + "Unidentified aircraft bombed a truck at the Hamdan crossing on Friday, killing an Iraqi and two Lebanese."
    assert killed_sums(text) == {"pro_iran_foreign": 3}


def test_lone_pakistani() -> None:
    text = T + "A shell landed beside a militia depot in the Sayyida Zaynab area on Friday and killed a Pakistani."
    assert killed_sums(text) == {"pro_iran_foreign": 1}


def test_adjective_before_a_noun_names_no_militia() -> None:
    text = T + "A landmine near the Iraqi border killed a Lebanese truck driver and a shepherd on Friday."
    assert "pro_iran_foreign" not in killed_sums(text)


def test_apposed_nationality_keeps_the_side_named_before() -> None:
    text = T + ("SDF fighters raided a hideout near Thiban on Friday and killed an ISIS emir, an Iraqi, while two other "
                "ISIS members blew themselves up.")
    assert killed_sums(text).get("pro_iran_foreign", 0) == 0
