"""A number of people hurt with no noun, told with its place ("wounding 15 in Bab Touma"), counts as if the clause ended."""

from __future__ import annotations

from observatory.extract import extract_report, to_contract
from observatory.models import Report


def _injured(text: str) -> dict[str, int]:
    out: dict[str, int] = {}
    for incident in to_contract("t", extract_report(Report(text=text)))["incidents"]:
        for side, n in incident["injured"].items():
            out[side] = out.get(side, 0) + n
    return out


def test_bare_number_wounded_before_a_place() -> None:
    text = (
        "Rebel rockets fell on the capital on Monday, killing three civilians and injuring 12 in the Qassaa district."
    )
    assert _injured(text) == {"civilians": 12}
