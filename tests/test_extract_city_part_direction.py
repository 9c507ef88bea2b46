"""A place "in the west of Damascus" lies in a part of the capital, not around it (Rural Damascus is for places "west
of Damascus", outside the city) (paragraphs written for these tests). One construction per test."""

from __future__ import annotations

from observatory.extract import extract_report
from observatory.geo import Geocoder
from observatory.models import Report

_GEO = Geocoder.default()  # the embedded gazetteer a user has without any data of their own


def _govs(text: str) -> list[str | None]:
    return [e.location.admin1 for e in extract_report(Report(text=text), _GEO).events]


def test_a_building_in_the_west_of_damascus_lies_in_damascus() -> None:
    assert _govs(
        "Monitor update\n\nAn Israeli strike hit a building in the Mezzeh neighbourhood in the west of Damascus "
        "on Monday morning, killing three people, the monitor said."
    ) == ["Damascus"]


def test_a_town_west_of_damascus_lies_in_rural_damascus() -> None:
    assert _govs(
        "Monitor update\n\nAn Israeli strike hit a depot near a town west of Damascus on Monday morning, "
        "killing three people, the monitor said."
    ) == ["Rural Damascus"]
