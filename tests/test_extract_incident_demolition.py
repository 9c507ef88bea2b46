"""Attackers who blow up a structure in the course of an attack ("withdrew after blowing up a fortification",
"blew up the house they had stormed"): a demolition within the attack, not a bombing (`ied_landmine`). Sentences
written for these tests."""

from __future__ import annotations

from observatory.extract.events import event_type


def test_blowing_up_a_fortification_is_no_bombing() -> None:
    hit = event_type("The attackers pulled back after blowing up an earthen fortification.")
    assert hit is None or hit[0] != "ied_landmine"


def test_blew_up_the_house_is_no_bombing() -> None:
    hit = event_type("The fighters blew up the house before withdrawing towards the orchards.")
    assert hit is None or hit[0] != "ied_landmine"


def test_look_alike_device_that_blew_up_is_a_bombing() -> None:
    hit = event_type("A device planted under a car blew up near the market, wounding two men.")
    assert hit is not None and hit[0] == "ied_landmine"


def test_look_alike_blew_up_a_vehicle_is_a_bombing() -> None:
    hit = event_type("ISIS cells blew up a military vehicle with a roadside charge near the village.")
    assert hit is not None and hit[0] == "ied_landmine"
