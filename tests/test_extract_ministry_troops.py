"""Soldiers a Turkish or Russian army or defence ministry counts as "its soldiers" are that army's, not the regime's
(casualty_ministry_troops)."""

from __future__ import annotations

from observatory.extract import extract_report, to_contract
from observatory.models import Report


def _killed(text: str) -> list[dict[str, int]]:
    return [incident["killed"] for incident in to_contract("t", extract_report(Report(text=text)))["incidents"]]


def test_its_soldiers_of_the_turkish_defence_ministry_are_turkish() -> None:
    text = (
        "The Turkish defence ministry said on Tuesday that three of its soldiers were killed when a rocket hit "
        "a base near the town of Marea, north of Aleppo."
    )
    assert _killed(text) == [{"turkey_factions": 3}]


def test_its_soldiers_of_the_russian_ministry_are_russian() -> None:
    text = (
        "Russia's Ministry of Defence announced that two of its soldiers were killed on Friday when an explosive "
        "device went off near their vehicle outside the town of Tal Tamr."
    )
    assert _killed(text) == [{"russia": 2}]


def test_its_soldiers_of_the_syrian_army_stay_with_the_regime() -> None:
    text = (
        "The Syrian army said on Tuesday that three of its soldiers were killed when rebels shelled "
        "a checkpoint near the town of Kafr Nabudah."
    )
    assert _killed(text) == [{"regime": 3}]
