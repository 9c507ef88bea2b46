"""Passengers and occupants of no stated side are people of no side (``actors.csv``, SCHEMA: "people", "a man"), not of
the side of the victim they rode with or of the incident's target. Look-alike: "both occupants" told again after the
dead of a side are those dead (``casualty_said_again``).

Every sentence here was written for these tests; places are real Syrian names, the events invented.
"""

from __future__ import annotations

from contract_rows import injured_sums as injured
from contract_rows import killed_sums as killed


def test_a_second_passenger_is_of_no_side() -> None:
    text = ("Strike near Hader\n\nA drone fired a missile at a car near Hader on Monday, killing a member of Hezbollah. A "
            "second passenger was injured and taken to hospital in Damascus.")
    assert killed(text) == {"pro_iran_foreign": 1}
    assert injured(text) == {"unknown": 1}


def test_both_occupants_said_again_are_the_dead() -> None:
    text = ("Drone strike near Sarmada\n\nA drone struck a car near Sarmada on Friday, killing two commanders of Hurras "
            "al-Din. The car was destroyed, and both occupants were killed instantly.")
    assert killed(text) == {"hts_rebels": 2}
