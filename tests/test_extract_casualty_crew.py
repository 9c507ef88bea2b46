""""Factions shot down a regime helicopter ..., killing its two pilots": the crew of a craft is of the side the craft's
words name (``casualty_crew``); a craft of no named side leaves its crew as they were.

Every sentence here was written for these tests; places are real Syrian names, the events invented.
"""

from __future__ import annotations

from contract_rows import killed_sums as killed


def test_two_pilots_of_a_regime_helicopter() -> None:
    text = ("Helicopter down near Saraqib\n\nRebel fighters shot down a regime helicopter near Saraqib on Sunday, "
            "killing its two pilots.")
    assert killed(text) == {"regime": 2}


def test_the_pilot_of_a_regime_warplane() -> None:
    text = ("Jet down near Hama\n\nOpposition factions downed a regime MiG warplane over the countryside of Hama on "
            "Monday, killing its pilot.")
    assert killed(text) == {"regime": 1}


def test_crew_members_of_a_turkish_helicopter() -> None:
    text = ("Helicopter down near Rajo\n\nThe YPG shot down a Turkish attack helicopter near Rajo on Friday, killing "
            "its two crew members.")
    assert killed(text) == {"turkey_factions": 2}


def test_a_craft_of_no_side() -> None:
    text = ("Crash near Tabqa\n\nA helicopter crashed near Tabqa on Friday, killing its two pilots.")
    assert "regime" not in killed(text) and "turkey_factions" not in killed(text)


def test_the_driver_of_a_car_stays() -> None:
    text = ("Strike near Binnish\n\nA regime drone struck a car near Binnish on Friday, killing its driver.")
    assert "regime" not in killed(text)


def test_the_shooter_is_not_the_crew_side() -> None:
    text = ("Helicopter down near Tabqa\n\nThe SDF shot down a helicopter near Tabqa on Friday, killing its two pilots.")
    assert "sdf" not in killed(text)


def test_the_maker_is_not_the_crew_side() -> None:
    text = ("Helicopter down near Hama\n\nRebels shot down a Russian-made helicopter of the regime near Hama on Monday, "
            "killing its two pilots.")
    assert killed(text) == {"regime": 2}
