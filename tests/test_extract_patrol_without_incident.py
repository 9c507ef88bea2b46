"""A patrol that passed "without incident", with aircraft that only escorted it ("escorted by helicopters", "under the
cover of Russian helicopters"), is no incident; aircraft covering an attack that strikes stay part of an incident.

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


_SHELLING = "Turkish artillery shelled the village of Sayda near Ain Issa on Tuesday, killing two civilians. "


@pytest.mark.parametrize("patrol", [
    "Meanwhile, a joint Russian-Turkish patrol toured villages west of Darbasiyah, escorted by two helicopters, "
    "without incident.",
    "Russian military police conducted a patrol in the countryside of Amuda accompanied by helicopters; it ended "
    "without any incidents.",
    "A joint patrol drove along the M4 highway near Tal Tamr under the cover of Russian helicopters, and no incidents "
    "were reported.",
])
def test_patrol_without_incident_is_no_incident(patrol: str) -> None:
    rows = _incidents(_SHELLING + patrol)
    assert [(r["type"], r["killed"]) for r in rows] == [("shelling", {"civilians": 2})]


def test_attack_under_air_cover_stays_an_incident() -> None:
    rows = _incidents(_SHELLING + "Under the cover of Russian warplanes, regime forces attacked positions of the factions "
                                  "in Kabani on Wednesday, killing three fighters.")
    assert len(rows) == 2
    assert rows[1]["killed"] == {"hts_rebels": 3}
