"""Two events that were read as one incident: a second bomb with its own toll in another town, told after "while" in
the same sentence, and another side's aircraft that struck later (after a strike of the same kind by others, or
after a fight)."""

from __future__ import annotations

from typing import Any

from observatory.extract import extract_report, to_contract
from observatory.models import Report


def _incidents(text: str) -> list[dict[str, Any]]:
    return list(to_contract("t", extract_report(Report(text=text)))["incidents"])


def test_second_bomb_in_another_town_is_its_own_incident() -> None:
    text = ("A blast hit a bakery in Azaz on Monday, wounding nine people, the monitor reported. "
            "Last week, a car bomb killed six people in Jarablus, while a car bomb in the village of Qabasin "
            "killed four people on Friday.")
    tolls = sorted(sum(i["killed"].values()) for i in _incidents(text))
    assert tolls == [0, 4, 6]


def test_barrel_bomb_on_another_town_is_its_own_incident() -> None:
    text = ("Russian jets bombed the town of Saraqib on Sunday, killing three civilians, while a regime barrel bomb "
            "thrown from a helicopter on Ariha killed two children and injured four other people.")
    tolls = sorted(sum(i["killed"].values()) for i in _incidents(text))
    assert tolls == [2, 3]


def test_other_side_jets_later_are_their_own_incident() -> None:
    text = ("Israeli missiles struck a weapons depot near the airport of Hama on Tuesday night, killing four regime "
            "soldiers, the monitor reported.\n"
            "Regime warplanes later bombed the area of Salamiyah, as ISIS cells had seized two posts there.")
    kinds = sorted(i["type"] for i in _incidents(text))
    assert len(kinds) == 2


def test_other_side_jets_after_fight_are_their_own_incident() -> None:
    text = ("ISIS cells stormed an army post east of Palmyra on Friday, killing seven soldiers, the monitor said. "
            "Four attackers were also killed in the ensuing fighting, and Russian warplanes later pounded the area, "
            "the monitor added.")
    got = sorted((i["type"], sum(i["killed"].values())) for i in _incidents(text))
    assert got == [("airstrike", 0), ("attack", 11)]
