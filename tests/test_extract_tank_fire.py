"""Fire from a tank is fire from afar, shelling ("a gunman was killed when a regime tank targeted his vehicle", "tank
shells hit the farms", "killed by fire from an Israeli tank"); an anti-tank missile or a tank that was hit is left to
the other words (sentences written for these tests)."""

from __future__ import annotations

from observatory.extract.events import event_type


def _kind(text: str) -> str | None:
    found = event_type(text)
    return None if found is None else found[0]


def test_regime_tank_targeted_a_vehicle_is_shelling() -> None:
    assert _kind("A gunman was killed when a regime tank targeted his vehicle near the bridge.") == "shelling"


def test_tank_fire_on_farms_is_shelling() -> None:
    assert _kind("A farmer was wounded by tank fire on the outskirts of the town on Friday.") == "shelling"


def test_killed_by_fire_from_an_israeli_tank_is_shelling() -> None:
    assert _kind("A shepherd was killed by fire from an Israeli tank near the village.") == "shelling"


def test_fighters_who_destroyed_a_tank_did_an_attack() -> None:
    assert _kind("The fighters attacked a checkpoint and destroyed a tank near the village.") == "attack"
