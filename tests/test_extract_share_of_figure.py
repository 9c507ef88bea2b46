"""A sentence that tells how most (many, the majority) of a figure told before died, with no figure of its own ("Most
of them were killed by shells fired on Damascus city and Jaramana"), is a share of that figure, not an event, when no
incident is being told; after an incident it only adds that incident's places.

Every sentence here was written for these tests; places are real Syrian names, the figures invented.
"""

from __future__ import annotations

from datetime import date

import pytest

from observatory.extract import extract_report, to_contract
from observatory.models import Report


def _incidents(text: str) -> list[dict[str, object]]:
    report = Report(text=text, published=date(2018, 3, 1), external_id="t")
    rows: list[dict[str, object]] = to_contract("t", extract_report(report))["incidents"]
    return rows


_ROUNDUP = ("The Syrian Network for Human Rights documented the killing of 1,626 civilians in Syria in February 2018.\n"
            "The death toll is distributed according to the main perpetrator parties as follows:\n"
            "E. Armed opposition factions: 37 civilians, including 11 children. ")


@pytest.mark.parametrize("share", [
    "Most of them were killed by shells fired on Damascus city and Jaramana.",
    "The majority of them died in mortar fire on the Bab Touma district of Damascus.",
    "Many of the victims were killed by rockets that fell on the town of Jaramana.",
])
def test_share_of_a_roundup_figure_is_no_incident(share: str) -> None:
    assert _incidents(_ROUNDUP + share) == []


def test_share_after_an_incident_adds_its_places() -> None:
    rows = _incidents("Regime barrel bombs killed 12 civilians in Aleppo city on Tuesday. Most of the victims were killed "
                      "in the al-Shaar district, where a barrel bomb struck a bus stop.")
    assert len(rows) == 1
    assert "al-Shaar" in [p["name"] for p in rows[0]["places"]]  # type: ignore[index, union-attr]
