"""Wounded told only as the rest of a toll of casualties once its dead are counted ("left 12 casualties, five of whom
were killed, while the rest were injured")."""

from __future__ import annotations

from observatory.extract import extract_report, to_contract
from observatory.models import Report


def _tolls(text: str) -> list[tuple[dict[str, int], dict[str, int]]]:
    out = to_contract("t", extract_report(Report(text=text)))
    return [(incident["killed"], incident["injured"]) for incident in out["incidents"]]


def test_rest_of_casualties_sustained_injuries() -> None:
    text = (
        "ISIS cells attacked a checkpoint of regime forces near Al-Sukhnah on Monday, leaving 11 casualties among the "
        "soldiers, four of whom were killed, while the rest sustained injuries and were taken to a hospital in Homs."
    )
    assert _tolls(text) == [({"regime": 4}, {"regime": 7})]


def test_killed_and_wounded_then_the_others_were_wounded() -> None:
    text = (
        "A landmine exploded on Friday near a patrol of regime forces east of Hama, killing and wounding eight soldiers, "
        "three of them were killed and the others were wounded."
    )
    assert _tolls(text) == [({"regime": 3}, {"regime": 5})]


def test_rest_with_no_word_of_wounds_adds_none() -> None:
    text = (
        "ISIS cells attacked a checkpoint of regime forces near Al-Sukhnah on Monday, leaving 11 casualties among the "
        "soldiers, four of whom were killed."
    )
    assert _tolls(text) == [({"regime": 4}, {})]


def test_wounded_told_with_their_own_number_are_not_added_again() -> None:
    text = (
        "ISIS cells attacked a checkpoint of regime forces near Al-Sukhnah on Monday, leaving 11 casualties among the "
        "soldiers, four of whom were killed, while the other seven were wounded."
    )
    assert _tolls(text) == [({"regime": 4}, {"regime": 7})]
