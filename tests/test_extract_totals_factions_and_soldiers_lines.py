"""Figures of one side that each name a formation of their own, the army's soldiers among them ("89 fighters of the
Turkish-backed factions and 16 Turkish soldiers"): two categories, not one sum ("soldiers" names a
formation as "army" does).

Paragraphs written for these tests, judged by the conventions of ../shared/data/sohr/SCHEMA.md.
"""

from __future__ import annotations

from totals_cases import totals

_HEAD = ("The monitor documented the deaths of 900 people in northern Syria in 2022. They are distributed as follows:\n"
         "- 500 civilians.\n")


def test_factions_and_soldiers_of_one_side_are_two_lines() -> None:
    text = _HEAD + "- 75 members of the Turkish-backed factions and 12 Turkish soldiers.\n- 313 SDF members."
    assert sorted(totals(text)) == [("civilians", 500), ("sdf", 313), ("turkey_factions", 12), ("turkey_factions", 75)]


def test_regime_soldiers_and_militia_members_are_two_lines() -> None:
    text = _HEAD + "- 60 regime soldiers and 14 members of the Baath Brigades militia.\n- 326 ISIS members."
    assert sorted(totals(text)) == [("civilians", 500), ("isis", 326), ("regime", 14), ("regime", 60)]


def test_members_and_a_soldier_of_no_formation_still_sum() -> None:
    text = ("Since the beginning of 2023, the monitor has documented the deaths of nine NDF members and a soldier in "
            "the Badia.")
    assert totals(text) == [("regime", 10)]
