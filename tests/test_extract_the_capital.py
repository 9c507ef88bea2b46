"""Damascus named as "the capital" places an incident in Damascus governorate where a sentence opens with it ("In the
capital, a mortar round crashed ...") or where fire lands on it ("rocket fire on the capital killed two"); the capital
named for a comparison or a hospital there does not.

Every sentence here was written for these tests; places are real Syrian names, the events invented.
"""

from __future__ import annotations

from datetime import date

import pytest

from observatory.extract import extract_report, to_contract
from observatory.models import Report


def _incidents(text: str) -> list[dict[str, object]]:
    report = Report(text=text, published=date(2018, 3, 24), external_id="t")
    rows: list[dict[str, object]] = to_contract("t", extract_report(report))["incidents"]
    return rows


_STRIKE = "An air strike on a street in Ein Tarma killed seven civilians on Friday, according to the Observatory.\n"


@pytest.mark.parametrize("sentence", [
    "In the capital, a mortar round crashed near a school in the Old City, killing a 10-year-old boy and wounding "
    "four other people, state media said.",
    "In the Syrian capital, two shells fell near a bakery in the Old City, killing a boy, state media reported.",
    "Rebel mortar fire on the capital killed a boy near a school in the Old City, state media said.",
])
def test_the_capital_places_the_incident_in_damascus(sentence: str) -> None:
    rows = _incidents(_STRIKE + sentence)
    assert len(rows) == 2
    assert rows[1]["governorate"] == "Damascus"


def test_a_hospital_in_the_capital_does_not_place_the_incident() -> None:
    rows = _incidents("A landmine exploded near the town of Nawa in Daraa province on Friday, wounding two children, "
                      "who were taken to a hospital in the capital.")
    assert [r["governorate"] for r in rows] == ["Dar'a"]
