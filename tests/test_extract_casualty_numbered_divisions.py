"""Numbered divisions of the Syrian army, and recruits or conscripts told of a unit named before.

* "a convoy of the 17th Division": the army's division (regime, before December 2024);
* "killing six recruits": recruits and conscripts with no side named take the group the sentence named before them.

Every sentence here was written for these tests; places are real Syrian names, the events invented.
"""

from __future__ import annotations

from contract_rows import injured_sums as injured
from contract_rows import killed_sums as killed


def test_recruits_of_a_numbered_division() -> None:
    text = ("Convoy ambushed\n\nISIS cells ambushed a bus of the 11th Division on the Palmyra road on Tuesday, killing five "
            "recruits and wounding three others.")
    assert killed(text) == {"regime": 5}
    assert injured(text) == {"regime": 3}


def test_conscripts_of_a_named_corps_unchanged() -> None:
    # look-alike: a unit already in the lexicon, read as before
    text = ("Mine blast\n\nA landmine hit a vehicle of the 5th Corps near Busra al-Harir on Monday, killing two conscripts.")
    assert killed(text) == {"regime": 2}


def test_al_hamza_division_in_quotes() -> None:
    text = ("Car bomb in Azaz\n\nA car bomb went off near a headquarters of the \"Al-Hamza\" Division in Azaz on Friday, "
            "killing two of its members.")
    assert killed(text) == {"turkey_factions": 2}
