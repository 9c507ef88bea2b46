"""Hunters named without "truffle" ("the abducted hunters") are civilians, as truffle hunters are; the "ISIS Hunters"
militia keeps its own side."""

from __future__ import annotations

from observatory.extract import extract_report, to_contract
from observatory.models import Report


def _killed(text: str) -> list[dict[str, int]]:
    return [incident["killed"] for incident in to_contract("t", extract_report(Report(text=text)))["incidents"]]


def test_bodies_of_abducted_hunters_are_civilians() -> None:
    text = (
        "On Monday, the bodies of two of the kidnapped hunters were found in the desert near the town of Ithriya, "
        "with gunshot wounds."
    )
    assert _killed(text) == [{"civilians": 2}]


def test_the_isis_hunters_militia_is_not_civilian() -> None:
    text = (
        "ISIS cells ambushed a patrol of the ISIS Hunters near Palmyra on Monday, killing three members of the group."
    )
    assert all("civilians" not in k for k in _killed(text))
