"""The capital's airport written in lower case ("Damascus international airport", "Damascus airport") is the airport,
in Rural Damascus, not the city of Damascus (paragraphs written for these tests). One construction per test."""

from __future__ import annotations

from observatory.extract import extract_report
from observatory.geo import Geocoder
from observatory.models import Report

_GEO = Geocoder.default()  # the embedded gazetteer a user has without any data of their own


def _govs(text: str) -> list[str | None]:
    return [e.location.admin1 for e in extract_report(Report(text=text), _GEO).events]


def test_a_strike_on_damascus_international_airport_lies_in_rural_damascus() -> None:
    assert _govs("Israeli missiles hit a hangar at Damascus international airport before dawn on Thursday, killing "
                 "three soldiers, the monitor said.") == ["Rural Damascus"]


def test_a_strike_on_damascus_airport_lies_in_rural_damascus() -> None:
    assert _govs("A drone of unknown origin struck a cargo depot inside Damascus airport on Monday evening, killing two "
                 "members of the air force intelligence, the monitor reported.") == ["Rural Damascus"]
