"""Helpers shared by the casualty test files: how they run a whole report through the extractor, the one incident of a row,
the (side, killed) pairs of its totals, and the injured per side.
"""

from __future__ import annotations

from datetime import date

from observatory.extract import extract_report, to_contract
from observatory.models import Report

T = "Local update\n\n"


def run(text: str, published: date | None = date(2023, 5, 20)) -> dict:
    return to_contract("t", extract_report(Report(text=text, published=published)))


def one_incident(row: dict) -> dict:
    assert len(row["incidents"]) == 1, row["incidents"]
    return row["incidents"][0]


def totals(row: dict) -> list[tuple[str, int]]:
    return sorted((t["side"], t["killed"]) for t in row["totals"])


def wounded(text: str, published: date | None = date(2022, 6, 1)) -> dict[str, int]:
    """Injured per side, summed over the incidents the library extracts."""
    row = to_contract("t", extract_report(Report(text=text, published=published)))
    out: dict[str, int] = {}
    for incident in row["incidents"]:
        for side, n in incident["injured"].items():
            out[side] = out.get(side, 0) + n
    return out
