""""... Turkish soldiers were killed." closing a paragraph and "the governor said 32 other soldiers were wounded"
opening the next: the bare soldiers are the Turkish army's, read across the paragraph break (``casualty_turkish_troops``).
Look-alikes: regime troops named nearer, or the Turkish troops two sentences back, leave the bare soldiers the regime's.

Every sentence here was written for these tests; places are real Syrian names, the events invented.
"""

from __future__ import annotations

from contract_rows import injured_sums


def test_other_soldiers_wounded_in_the_next_paragraph() -> None:
    text = ("Drone raid near Atarib\n"
            "At least 11 Turkish soldiers lost their lives on Sunday when a drone hit their post close to al-Atarib in "
            "western Aleppo.\n"
            "A spokesman for the Kilis governorate said 19 other soldiers were hurt and flown to a hospital in Gaziantep.")
    assert injured_sums(text) == {"turkey_factions": 19}


def test_bare_soldiers_wounded_after_a_blank_line() -> None:
    text = ("Shelling on Taftanaz\n\n"
            "Shells fired by Syrian government artillery killed 6 Turkish soldiers at an observation post near Taftanaz on "
            "Friday night.\n\n"
            "Officials in Ankara later said 14 soldiers were wounded and carried back over the frontier for treatment.")
    assert injured_sums(text) == {"turkey_factions": 14}


def test_regime_soldiers_named_in_the_paragraph_before_stay_the_regime() -> None:
    text = ("Attack near Kafr Nabl\n"
            "A Turkish drone struck a group of regime soldiers near Kafr Nabl on Friday, killing 4 of them.\n"
            "A military source said 9 soldiers were wounded and moved to Hama.")
    assert injured_sums(text) == {"regime": 9}


def test_turkish_troops_two_sentences_back_are_out_of_reach() -> None:
    text = ("Clashes around Saraqib\n"
            "Three Turkish soldiers were killed on Tuesday close to Saraqib, the defence ministry in Ankara announced.\n"
            "Heavy fighting went on through the night between the factions and government units in nearby villages.\n"
            "A field source said 8 soldiers were wounded in the village of Dadikh.")
    assert injured_sums(text) == {"regime": 8}
