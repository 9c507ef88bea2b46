"""Fighting told as going on over days whose only toll is a vague one ("have lost dozens of members there since then")
is a campaign, no incident, as it is without a toll; fighting of one day with a vague toll stays an incident.

Every sentence here was written for these tests; places are real Syrian names, the events invented.
"""

from __future__ import annotations

from datetime import date

import pytest

from observatory.extract import extract_report, to_contract
from observatory.models import Report


def _incidents(text: str) -> list[dict[str, object]]:
    report = Report(text=text, published=date(2021, 5, 12), external_id="t")
    rows: list[dict[str, object]] = to_contract("t", extract_report(report))["incidents"]
    return rows


_SHELLING = "Regime artillery shelled the town of Kafr Nabl on Tuesday, killing two civilians. "


@pytest.mark.parametrize("scene", [
    "The battles around the Infantry School in Harasta have been going on since early March, and the factions have "
    "lost dozens of fighters there since then.",
    "Fighting between the SDF and the factions has raged near the Qara Qozak bridge since the fall of Manbij, and the "
    "factions have lost scores of fighters there.",
    "Clashes have continued on the Kabani front since last autumn, and hundreds of members of both sides have been "
    "killed there.",
])
def test_fighting_over_days_with_vague_toll_is_no_incident(scene: str) -> None:
    rows = _incidents(_SHELLING + scene)
    assert [(r["type"], r["killed"]) for r in rows] == [("shelling", {"civilians": 2})]


def test_fighting_since_dawn_with_vague_toll_stays_an_incident() -> None:
    rows = _incidents(_SHELLING + "Violent clashes have been raging since dawn between the army and the factions on "
                                  "the outskirts of Kafr Nabl, leaving dozens of fighters dead.")
    assert [r["type"] for r in rows] == ["shelling", "clash"]
