"""A relative told again in an apposition closed by a comma ("his cousin, a civilian, ...") is one person."""

from __future__ import annotations

from observatory.extract import extract_report, to_contract
from observatory.models import Report


def _sides(text: str, key: str) -> dict[str, int]:
    out: dict[str, int] = {}
    for incident in to_contract("t", extract_report(Report(text=text)))["incidents"]:
        for side, n in incident[key].items():
            out[side] = out.get(side, 0) + n
    return out


def test_relative_apposed_civilian_counted_once() -> None:
    text = (
        "Gunmen on a motorbike shot a member of the SDF near his house in Hajin on Tuesday, killing him and injuring "
        "his cousin, a civilian, before they fled."
    )
    assert _sides(text, "killed") == {"sdf": 1}
    assert _sides(text, "injured") == {"civilians": 1}


def test_apposition_that_goes_on_is_left_alone() -> None:
    text = (
        "An IED went off in the car of a regime officer in Nawa on Monday, killing him and wounding his cousin, a "
        "civilian who was riding with him."
    )
    assert _sides(text, "injured") == {"civilians": 1}
