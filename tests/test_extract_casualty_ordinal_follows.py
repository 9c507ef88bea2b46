""""killing two Syrian men who worked for Hezbollah and injuring a third": "a third" is one more of the men counted
before it, so it follows the side the group they worked for gives them (``casualty_others.ordinal_follows``).
Look-alike: "a third" after dead of a side named in their own words keeps it.

Every sentence here was written for these tests; places are real Syrian names, the events invented.
"""

from __future__ import annotations

from contract_rows import injured_sums as injured


def test_a_third_follows_the_men_who_worked_for_a_group() -> None:
    text = ("Drone strike near Khan Arnabah\n\nA drone struck a car near Khan Arnabah in Quneitra countryside on Friday, "
            "killing two Syrian young men who worked with Hezbollah and wounding a third.")
    assert injured(text) == {"regime": 1}


def test_a_third_after_soldiers_keeps_their_side() -> None:
    text = ("Sniper fire near Jasim\n\nGunmen opened fire on a checkpoint near Jasim on Monday, killing two regime soldiers "
            "and injuring a third.")
    assert injured(text) == {"regime": 1}
