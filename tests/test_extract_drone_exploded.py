"""A drone said to have exploded, blown up or gone off at a place ("another regime drone exploded near a house") is a
drone's blow (a kamikaze drone), a drone strike; a drone brought down stays `other` (sentences written for these
tests)."""

from __future__ import annotations

from observatory.extract.events import event_type


def _kind(text: str) -> str | None:
    found = event_type(text)
    return None if found is None else found[0]


def test_regime_drone_exploded_near_a_house_is_a_drone_strike() -> None:
    assert _kind("Another regime drone exploded near a house in Kansafra without causing casualties.") == "drone_strike"


def test_drone_blew_up_at_a_checkpoint_is_a_drone_strike() -> None:
    assert _kind("A Turkish drone blew up at a checkpoint of the security forces near the town on Monday.") == "drone_strike"


def test_drone_went_off_over_a_car_is_a_drone_strike() -> None:
    assert _kind("A drone went off over a car on the road between the two villages, wounding the driver.") == "drone_strike"


def test_drone_shot_down_that_exploded_stays_other() -> None:
    assert _kind("Air defences shot down a drone, which exploded in mid-air over the base.") == "other"
