"""A place said to be hit by raids ("was hit again on Friday by two raids that targeted a poultry farm") is struck
from the air: an airstrike, not a raid on the ground (sentences written for these tests)."""

from __future__ import annotations

from observatory.extract.events import event_type


def _kind(text: str) -> str | None:
    found = event_type(text)
    return None if found is None else found[0]


def test_town_hit_by_two_raids_is_an_airstrike() -> None:
    assert _kind("The town was hit again on Friday by two raids that targeted a poultry farm on its outskirts, "
                 "killing a farm worker.") == "airstrike"


def test_village_struck_by_several_raids_is_an_airstrike() -> None:
    assert _kind("The village of Kansafra was struck overnight by several raids, wounding three civilians.") == "airstrike"


def test_camp_pounded_by_raids_is_an_airstrike() -> None:
    assert _kind("A camp for displaced families was pounded by raids at dawn, killing a child.") == "airstrike"


def test_security_forces_raiding_homes_stay_an_attack() -> None:
    assert _kind("Security forces raided several homes in the town, killing a wanted man.") == "attack"
