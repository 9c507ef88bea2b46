"""The factions of the areas Turkey holds, named by its operations ("the 'Peace Spring' areas"), are its own.

Every sentence here was written for these tests; places are real Syrian names, the events invented.
"""

from __future__ import annotations

from contract_rows import titled, total_pairs


def test_factions_in_euphrates_shield_areas() -> None:
    row = titled("SOHR has documented 14 infighting incidents among the factions in the \"Euphrates Shield\" areas since "
                 "early 2022, which left 20 people dead, 17 of them members of the factions and three civilians.")
    assert ("turkey_factions", 17) in total_pairs(row)


def test_factions_elsewhere_stay_rebels() -> None:
    # look-alike: factions in Idlib, no Turkish area named
    row = titled("SOHR has documented 14 attacks by the factions in Jabal al-Zawiya since early 2022, which left 20 people "
                 "dead, 17 of them members of the factions and three civilians.")
    assert ("turkey_factions", 17) not in total_pairs(row)
