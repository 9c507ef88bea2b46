"""A mukhtar named as the subject of his own fate ("the mukhtar of the village of X was shot dead") is one civilian."""

from __future__ import annotations

from observatory.extract import extract_report, to_contract
from observatory.models import Report


def _tolls(text: str) -> list[tuple[dict[str, int], dict[str, int]]]:
    out = to_contract("t", extract_report(Report(text=text)))
    return [(incident["killed"], incident["injured"]) for incident in out["incidents"]]


def test_mukhtar_of_a_village_shot_dead() -> None:
    text = "On Monday evening, the mukhtar of the village of Tal Shihab was shot dead by unidentified gunmen near his farm."
    assert _tolls(text) == [({"civilians": 1}, {})]


def test_mukhtar_with_a_gloss_killed() -> None:
    text = "On Friday, the mukhtar (village head) of al-Kishkiyah was killed by gunmen riding a motorcycle."
    assert _tolls(text) == [({"civilians": 1}, {})]


def test_mukhtar_survived_with_wounds() -> None:
    text = "Earlier, the mukhtar of the town of Nawa survived an assassination attempt, sustaining wounds after gunmen shot at his car."
    assert _tolls(text) == [({}, {"civilians": 1})]


def test_mukhtar_told_again_is_not_counted_twice() -> None:
    text = (
        "Gunmen shot dead the mukhtar of Tal Shihab on Monday. Residents said the mukhtar of Tal Shihab was killed in front "
        "of his house."
    )
    assert _tolls(text) == [({"civilians": 1}, {})]
