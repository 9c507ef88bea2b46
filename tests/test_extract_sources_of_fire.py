"""Fighters who "targeted the sources of fire" returned fire from afar, like those who "responded to the sources of
fire": shelling; the singular "the source of fire" (one shooter answered) is left to the other words (sentences
written for these tests)."""

from __future__ import annotations

from observatory.extract.events import event_type


def _kind(text: str) -> str | None:
    found = event_type(text)
    return None if found is None else found[0]


def test_council_targeted_the_sources_of_fire_is_shelling() -> None:
    assert _kind("In response, fighters of the military council targeted the sources of fire in the town, killing two "
                 "militiamen.") == "shelling"


def test_forces_struck_the_sources_of_the_fire_is_shelling() -> None:
    assert _kind("The SDF said its forces struck the sources of the fire near the village, without giving details.") \
        == "shelling"


def test_guards_who_answered_the_source_of_fire_stay_an_attack() -> None:
    assert _kind("The guards targeted the source of fire and killed one of the attackers near the checkpoint.") \
        == "attack"
