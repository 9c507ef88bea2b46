"""A group that fights under two sides by area (``actors._by_area``): "Faylaq al-Sham" of the National Liberation Front in
Idlib and Hama is the rebels' (SCHEMA: NLF in Idlib -> hts_rebels); in the Turkish-held north (Afrin, Azaz, the
"Olive Branch" areas) the same name is one of Turkey's factions.

Every sentence here was written for these tests; places are real Syrian names, the events invented.
"""

from __future__ import annotations

from contract_rows import injured_sums as injured
from contract_rows import killed_sums as killed


def test_faylaq_in_idlib_is_rebel() -> None:
    text = ("Strike near Ariha\n\nRegime artillery hit a post of the \"Faylaq al-Sham\" faction near Ariha in the southern "
            "countryside of Idlib on Monday, killing four of its fighters and wounding two others.")
    assert killed(text) == {"hts_rebels": 4}
    assert injured(text) == {"hts_rebels": 2}


def test_sham_legion_in_the_ghab_is_rebel() -> None:
    text = ("Drone strike in the Ghab\n\nA regime suicide drone struck a truck of the Sham Legion near Qalaat al-Madiq on "
            "Monday, killing three members of the group.")
    assert killed(text) == {"hts_rebels": 3}


def test_faylaq_in_afrin_stays_turkish_backed() -> None:
    text = ("Infighting in Afrin\n\nA quarrel between members of \"Faylaq al-Sham\" in Afrin city on Monday ended in gunfire, "
            "killing two of the faction's fighters.")
    assert killed(text) == {"turkey_factions": 2}
