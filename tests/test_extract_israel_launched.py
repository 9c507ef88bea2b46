"""Israel named as the one that launched or carried out a missile attack or strikes ("Israel launched a missile attack
early Wednesday on several sites") is an Israeli strike, an airstrike (SCHEMA: Israeli strikes included); missiles
fired from the ground are left to the shelling words. Sentences written for these tests."""

from __future__ import annotations

from observatory.extract.events import event_type


def _kind(text: str) -> str | None:
    found = event_type(text)
    return None if found is None else found[0]


def test_israel_launched_a_missile_attack_is_an_airstrike() -> None:
    assert _kind("Israel launched a missile attack early Wednesday on several sites around the capital, injuring four "
                 "soldiers.") == "airstrike"


def test_israel_carried_out_a_rocket_strike_is_an_airstrike() -> None:
    assert _kind("Israel carried out a rocket strike on a position near the airport at dawn.") == "airstrike"


def test_israel_conducted_new_raids_is_an_airstrike() -> None:
    assert _kind("Israel conducted new raids on warehouses in the countryside of the city overnight.") == "airstrike"


def test_surface_to_surface_missiles_fired_stay_shelling() -> None:
    assert _kind("Israel fired surface-to-surface missiles at targets in southern Syria.") == "shelling"
