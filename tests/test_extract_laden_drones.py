"""Drones laden with explosives ("the small explosive-laden drones", "a bomb-laden drone hit a car", "drones loaded
with explosives") are drones striking, a drone strike, not a bomb planted (sentences written for these tests)."""

from __future__ import annotations

from contract_rows import kinds, titled
from observatory.extract.events import event_type


def _kind(text: str) -> str | None:
    found = event_type(text)
    return None if found is None else found[0]


def test_explosive_laden_drone_that_fell_on_a_car_is_a_drone_strike() -> None:
    assert _kind("An explosive-laden drone fell on a car near the village of Kansafra, wounding two civilians.") == "drone_strike"


def test_drones_loaded_with_explosives_are_a_drone_strike() -> None:
    assert _kind("Two drones loaded with explosives fell on a house in the town, injuring a woman.") == "drone_strike"


def test_bomb_laden_car_stays_a_bomb() -> None:
    assert _kind("A bomb-laden car went off near a checkpoint in the town, killing two soldiers.") == "ied_landmine"


def test_explosive_laden_drones_named_after_a_drone_blow_keep_it_a_drone_strike() -> None:
    row = titled(
        "A regime drone exploded next to a tractor near the village of Kansafra on Wednesday, damaging it. Activists "
        "say the small explosive-laden drones have made the olive harvest a deadly task for farmers."
    )
    assert kinds(row) == ["drone_strike"]
