"""Warplanes named as the "heavy air cover" of a ground offensive are its setting, not an airstrike; warplanes that
strike are an airstrike. Sentences written for these tests."""

from __future__ import annotations

from observatory.extract.events import event_type


def test_heavy_air_cover_of_a_ground_battle_is_no_airstrike() -> None:
    hit = event_type("Regime forces recaptured the village of Tal Malah after battles with the factions, under heavy air "
                     "cover by Russian warplanes.")
    assert hit is not None and hit[0] != "airstrike"


def test_look_alike_warplanes_striking_a_village_are_an_airstrike() -> None:
    hit = event_type("Russian warplanes struck the village of Tal Malah, killing two fighters of the factions.")
    assert hit is not None and hit[0] == "airstrike"
