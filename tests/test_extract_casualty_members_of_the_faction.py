""""The dead included four members of the armed faction and two civilians" after a faction named by its name (the
Turkish-backed Sultan Murad Division): "the faction" is that one, so its members are of its side
(``casualty_of_the_named._of_the_faction``). With no faction named before (or factions of two sides) the figure is left as it was.

Every sentence here was written for these tests; places are real Syrian names, the events invented.
"""

from __future__ import annotations

from contract_rows import killed_sums as killed


def test_members_of_the_armed_faction_in_the_next_sentence() -> None:
    text = ("Car bomb in Azaz\n\nA car bomb went off near a checkpoint of the Turkish-backed Sultan Murad Division in Azaz "
            "on Monday, killing six people. The dead included four members of the armed faction and two civilians.")
    assert killed(text) == {"turkey_factions": 4, "civilians": 2}


def test_fighters_of_the_faction_after_an_hts_unit() -> None:
    text = ("Drone strike near Sarmin\n\nA regime drone hit a post of Hay'et Tahrir al-Sham near Sarmin on Friday. Three "
            "fighters of the faction were killed.")
    assert killed(text) == {"hts_rebels": 3}


def test_no_faction_named_before() -> None:
    text = ("Shooting near Tafas\n\nUnknown gunmen shot dead two members of the faction near Tafas on Monday.")
    assert not set(killed(text)) & {"turkey_factions", "hts_rebels"}
