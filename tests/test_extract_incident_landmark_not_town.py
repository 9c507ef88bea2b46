"""A roundabout named in a city ("near the al-Sinaa roundabout in al-Bab") is a landmark of that city, not a town of
its own, even when a town elsewhere bears the name. Sentences written for these tests."""

from __future__ import annotations

from observatory.extract import extract_report
from observatory.extract.contract import to_contract
from observatory.geo import Geocoder
from observatory.models import Report

_GEO = Geocoder.default()


def contract(text: str) -> dict:
    return to_contract("t", extract_report(Report(text=text), _GEO))


def _names(row: dict) -> list[list[str]]:
    return [[p["name"] for p in i["places"]] for i in row["incidents"]]


def test_roundabout_named_with_its_city_keeps_the_city_governorate() -> None:
    row = contract("On Tuesday, a gunman on a motorbike shot dead a shopkeeper near the al-Sinaa roundabout in al-Bab "
                   "city.")
    assert len(row["incidents"]) == 1
    assert _names(row)[0] == ["al-Bab"]
    assert row["incidents"][0]["governorate"] == "Aleppo"


def test_roundabout_in_the_city_named_before_is_that_city() -> None:
    row = contract("Security chaos continues in al-Bab city in the eastern countryside of Aleppo.\n"
                   "On Friday, an explosive device went off near the al-Sinaa roundabout in the city, wounding three "
                   "civilians.")
    assert row["incidents"][0]["governorate"] == "Aleppo"
    assert "al-Sinaa" not in _names(row)[0]
