"""Incidents: another side's aircraft whose strikes on the area of a fight on the ground are counted ("Russian
warplanes carried out more than 20 airstrikes on the area") make an incident of their own, though they name no place;
the attackers' own strikes on the area stay part of the fight.

Every sentence here was written for these tests; none is taken from an evaluation set.
"""

from __future__ import annotations

from datetime import date

from contract_rows import contract

_ATTACK = (
    "Cells of the Islamic State attacked a post of the National Defence Forces near Wadi al-Azib in the eastern "
    "desert of Hama at dawn on Friday, killing five of its members. "
)


def _types(text: str) -> list[str]:
    return [str(r["type"]) for r in contract(text, date(2024, 2, 10))["incidents"]]


def test_counted_strikes_on_the_area_are_an_incident() -> None:
    text = (
        _ATTACK
        + "Hours later, Russian warplanes launched more than 15 airstrikes on the area in support of the troops."
    )
    assert sorted(_types(text)) == ["airstrike", "attack"]


def test_dozens_of_strikes_on_the_area_after_the_attack() -> None:
    text = _ATTACK + "Russian warplanes carried out dozens of air strikes on the area, with no word on casualties."
    assert sorted(_types(text)) == ["airstrike", "attack"]


def test_the_attackers_own_strikes_on_the_area_stay_part_of_the_fight() -> None:
    text = _ATTACK + "ISIS drones carried out more than 15 strikes on the area."
    assert len(_types(text)) == 1
