"""A targeted man's companion killed with him, written without a number (``casualty_unnumbered``).

* "killing a commander of X and his companion, whose identity is not known yet": one more dead, of no side;
* "killing a leader of X ..., along with his companion": one more dead, of no side the text gives (SCHEMA: unknown).

Every sentence here was written for these tests; places are real Syrian names, the events invented.
"""

from __future__ import annotations

from contract_rows import injured_sums as injured
from contract_rows import killed_sums as killed


def test_unidentified_companion_inside_the_words_of_the_target() -> None:
    text = ("Drone strike near Atmeh\n\nA drone struck a motorcycle near Atmeh on Sunday, killing an emir of Hurras al-Din of "
            "Tunisian nationality and his companion, whose identity has not been established.")
    assert killed(text) == {"hts_rebels": 1, "unknown": 1}


def test_companion_along_with_the_target() -> None:
    text = ("Drone strike near Atmeh\n\nA drone struck a motorcycle near Atmeh on Sunday, killing a commander of Hurras "
            "al-Din, who is of Egyptian nationality, along with his companion.")
    assert killed(text) == {"hts_rebels": 1, "unknown": 1}


def test_wounded_companion_unchanged() -> None:
    # look-alike: the companion hurt, with a verb of his own, as before
    text = ("Drone strike near Atmeh\n\nA drone struck a motorcycle near Atmeh on Sunday, killing a commander of Hurras "
            "al-Din and wounding his companion.")
    assert killed(text) == {"hts_rebels": 1}
    assert injured(text) == {"hts_rebels": 1}
