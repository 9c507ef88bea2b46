"""A body found after the man "was abducted by unknown gunmen" is a captive killed (an execution), as after a
named side took him; one taken by "unidentified persons" stays a murder (events.CAPTIVES_FOUND)."""

from __future__ import annotations

from observatory.extract import extract_report, to_contract
from observatory.models import Report


def _types(text: str) -> list[str]:
    return [incident["type"] for incident in to_contract("t", extract_report(Report(text=text)))["incidents"]]


def test_body_found_after_abduction_by_unknown_gunmen_is_an_execution() -> None:
    text = ("Farmers found the corpse of a teacher in an olive grove west of Inkhil on Sunday, with shots to the chest, "
            "three days after he had been abducted by unknown gunmen at a bakery.")
    assert _types(text) == ["execution"]


def test_body_found_after_abduction_by_unidentified_gunmen_is_an_execution() -> None:
    text = ("The body of a grocer was found dumped beside a canal near Sheikh Maskin with gunshot wounds, a week after "
            "he was kidnapped by unidentified gunmen in a van.")
    assert _types(text) == ["execution"]


def test_body_found_after_abduction_by_unidentified_persons_is_no_execution() -> None:
    text = ("The body of a grocer was found dumped beside a canal near Sheikh Maskin with gunshot wounds, a week after "
            "he was kidnapped by unidentified persons in a van.")
    assert _types(text) != ["execution"]
