"""Fighting told as going on over days, with no toll of its own, is a campaign and no incident; fighting of one day or
night, a day of a battle told as its "fifth day" (ACLED codes each day), a dated capture after days of fighting, and
fighting with a toll stay incidents.

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


_CAR_BOMB = " Earlier today, a car bomb went off at a checkpoint in the town of al-Bab, wounding three fighters."


@pytest.mark.parametrize("scene", [
    "Fighting between the army and the factions has raged around the Zeyzoun plain since the factions took the "
    "town of Jisr al-Shughur in early April.",
    "Clashes between the two sides have been going on near the Qara Qozak bridge since the fall of Manbij last month.",
    "The forces took full control of Maskanah in the eastern countryside of Aleppo after 40 days of fierce battles "
    "against the Islamic State.",
])
def test_fighting_over_days_is_no_incident(scene: str) -> None:
    rows = _incidents(scene + _CAR_BOMB)
    assert [r["type"] for r in rows] == ["ied_landmine"]


@pytest.mark.parametrize("scene", [
    "Violent clashes have been raging since dawn today between regime forces and the factions on the axis of "
    "Kafr Halab in the western countryside of Aleppo.",
    "Clashes continued between regime forces and the factions around the Aleppo Central Prison.",
    "Clashes have been raging since early morning between the army and ISIS cells near al-Sukhnah in the Homs desert.",
    "Fighting has been going on since noon between the two factions in the town of Afrin.",
    "Battles continue for a fifth day between the SDF and the cells inside the Sinaa prison in al-Hasakah city.",
    "The factions seized the town of Kafr Nabudah in the countryside of Hama on Sunday, after three days of fighting "
    "with regime forces.",
])
def test_fighting_of_one_day_stays_an_incident(scene: str) -> None:
    rows = _incidents(scene + _CAR_BOMB)
    assert sorted(str(r["type"]) for r in rows) != ["ied_landmine"]
    assert len(rows) == 2


def test_fighting_with_a_toll_stays_an_incident() -> None:
    rows = _incidents("Clashes between the SDF and the tribal fighters have raged near Dhiban since last week, "
                      "killing four fighters of the SDF today.")
    assert len(rows) == 1
