"""A side's killing told only as "an operation" is an attack (SCHEMA: armed assault or raid by an identified side).

Every sentence here was written for these tests; places are real Syrian names, the events invented.
"""

from __future__ import annotations

import pytest

from observatory.extract import extract_report, to_contract
from observatory.extract.incident_operation import operation_attack
from observatory.models import Report


def run(text: str) -> dict:
    return to_contract("t", extract_report(Report(text=text)))


def kinds(row: dict) -> list[str]:
    return [i["type"] for i in row["incidents"]]


@pytest.mark.parametrize("text", [
    "The SDF carried out an operation against a hideout near the town of Markada on Tuesday, killing two ISIS members.",
    "A joint operation of the coalition and the SDF in the village of Tayyana left three ISIS militants dead on Monday.",
    "Last March, a similar coalition operation in the town of Shuhail killed two men.",
    "Fighters of the factions mounted an operation on an army post near Kafr Nabl on Sunday, killing four soldiers.",
])
def test_a_sides_operation_with_its_dead_is_an_attack(text: str) -> None:
    assert kinds(run(text)) == ["attack"]


@pytest.mark.parametrize("text", [
    "One SDF member was killed during the operation, the statement said.",
    "The regime's operation in the eastern desert killed five ISIS fighters.",
])
def test_operation_spans(text: str) -> None:
    assert operation_attack(text) is not None


@pytest.mark.parametrize("text", [
    # a name, an operations room, a campaign's time, the plural, a rescue: no deed of one side
    "Fighters of the Fath al-Mubin operations room killed two soldiers near Kabani.",
    "Most of the victims fell after the start of the Turkish military operation in the north-east.",
    "Since the beginning of the operation, dozens of fighters have been killed.",
    "Military operations in the area have killed hundreds.",
    "Civil defence teams ended a rescue operation after two bodies were pulled out.",
    "The SDF carried out an operation near Hajin and arrested three suspects.",
])
def test_near_misses_are_no_operation_attack(text: str) -> None:
    assert operation_attack(text) is None


def test_a_named_weapon_still_decides_the_kind() -> None:
    row = run("Russian warplanes carried out an operation on the outskirts of Jisr al-Shughur on Friday, killing three fighters.")
    assert kinds(row) == ["airstrike"]


@pytest.mark.parametrize("text", [
    "A child died during an operation at a hospital in the city of Idlib on Tuesday.",
    "Two men were killed on Monday when a mine went off during a demining operation in the countryside of Raqqa.",
])
def test_an_operation_of_no_armed_side_is_no_attack(text: str) -> None:
    assert "attack" not in kinds(run(text))
