"""Incidents: a bomb that opens a storming ("detonated a car bomb at the gate and stormed the base", "blew up a
booby-trapped vehicle before breaking into the compound", "the assault began when ... detonated a truck bomb") is the
first blow of an attack: the event is an attack, by those who set off the bomb.

Look-alike: a car bomb with no storming stays a bombing; a storming that comes before a mine stays as the text tells.

Every sentence here was written for these tests; none is taken from an evaluation set.
"""

from __future__ import annotations

from observatory.extract.events import event_type


def _kind(text: str) -> str | None:
    found = event_type(text)
    return found[0] if found else None


def test_car_bomb_then_stormed_is_an_attack() -> None:
    assert _kind("Militants detonated a car bomb at the gate of the military academy and stormed the building, "
                 "seizing weapons.") == "attack"


def test_booby_trapped_vehicle_before_breaking_into_is_an_attack() -> None:
    assert _kind("The cell blew up a booby-trapped vehicle at the entrance of the compound before breaking into it.") == "attack"


def test_assault_began_with_a_truck_bomb_is_an_attack() -> None:
    assert _kind("The assault began at midnight when the jihadists detonated a truck bomb near the checkpoint.") == "attack"


def test_look_alike_car_bomb_alone_stays_a_bombing() -> None:
    assert _kind("A car bomb exploded near the gate of the military academy, killing two guards.") == "ied_landmine"


def test_look_alike_operation_name_is_no_storming() -> None:
    assert _kind("A car bomb exploded in a village taken in Operation Euphrates Storm, killing a fighter.") == "ied_landmine"
