"""The side said to have tried to advance, storm or infiltrate ("as the factions tried to advance towards the road",
"after regime forces attempted to storm the village"): who began the fighting, the perpetrator. Sentences written
for these tests."""

from __future__ import annotations

from incident_cases import perpetrator_side as _perpetrator


def test_factions_that_tried_to_advance_are_the_perpetrator() -> None:
    text = ("Four SDF fighters were killed in clashes near the village of Al-Dawudiya, as the Turkish-backed factions "
            "tried to advance towards the highway.")
    assert _perpetrator(text) == "turkey_factions"


def test_forces_that_attempted_to_storm_are_the_perpetrator() -> None:
    text = "Two HTS members were killed after regime forces attempted to storm their positions near the town."
    assert _perpetrator(text) == "regime"


def test_look_alike_victims_of_an_advance_are_not_the_perpetrator() -> None:
    text = "Regime forces shelled the village as ISIS cells withdrew towards the desert."
    assert _perpetrator(text) == "regime"
