"""The wounded told right after a period total are the period's, no incident's."""

from __future__ import annotations

from observatory.extract import extract_report, to_contract
from observatory.models import Report


def _injured(text: str) -> dict[str, int]:
    out: dict[str, int] = {}
    for incident in to_contract("t", extract_report(Report(text=text)))["incidents"]:
        for side, n in incident["injured"].items():
            out[side] = out.get(side, 0) + n
    return out


def test_wounded_of_the_period_strikes() -> None:
    text = (
        "Since the start of 2024, Turkish drones have carried out 64 strikes on areas held by the SDF, killing 40 people.\n"
        "The strikes also injured 72 people, most of them civilians.\n"
        "The latest strike hit a car near Amuda this morning, killing two SDF fighters."
    )
    assert _injured(text) == {}


def test_other_people_wounded_after_the_total() -> None:
    text = (
        "Since the start of 2024, Turkish drones have carried out 64 strikes on areas held by the SDF, killing 40 people.\n"
        "More than 70 other people were wounded.\n"
        "The latest strike hit a car near Amuda this morning, killing two SDF fighters."
    )
    assert _injured(text) == {}


def test_wounded_of_one_event_still_count() -> None:
    text = (
        "A Turkish drone struck a car near Amuda this morning, killing two SDF fighters.\n"
        "Three other people were wounded."
    )
    assert sum(_injured(text).values()) == 3
