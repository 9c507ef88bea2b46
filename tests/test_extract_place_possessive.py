"""A place named with the possessive of the town or city it is part of ("Qamishli's Antariya quarter", "Manbij's
al-Sinaa roundabout", "Damascus' Kafr Sousa district"): the part, and the town, which the gazetteer knows when the
part is unknown to it; an owner ending in "s" may take the apostrophe alone. A man's possessive before a name ("Hamza's
Garage") is no town. Sentences written for these tests."""

from __future__ import annotations

from datetime import date

from incident_cases import TownGeocoder
from observatory.extract import extract_report
from observatory.models import Report

#: The towns the stand-in geocoder knows (not the parts of them).
_GEOCODER = TownGeocoder({"Qamishli": "Al-Hasakeh", "Manbij": "Aleppo", "Hamza": "Hama"})


def _governorates(text: str) -> list[str | None]:
    extraction = extract_report(Report(text=text, published=date(2022, 4, 2)), _GEOCODER)
    return [e.location.admin1 for e in extraction.events]


def test_a_towns_quarter_takes_the_towns_governorate() -> None:
    assert _governorates("Drone strike\n\nOn Tuesday evening a Turkish drone hit a motorbike in Qamishli's al-Antariya "
                         "quarter, killing two fighters of the Asayish.") == ["Al-Hasakeh"]


def test_a_towns_roundabout_takes_the_towns_governorate() -> None:
    assert _governorates("Car bomb\n\nA car rigged with explosives went off on Friday near Manbij's Sinaa roundabout, "
                         "killing three civilians and wounding eleven more.") == ["Aleppo"]


def test_an_apostrophe_alone_after_a_final_s() -> None:
    assert _governorates("Missile strike\n\nAn Israeli missile struck an apartment in Damascus' Kafr Sousa district early "
                         "on Sunday, killing four people, among them two Iranian officers.") == ["Damascus"]


def test_a_mans_possessive_is_no_town() -> None:
    assert _governorates("Drone strike\n\nLast week a drone hit a car in Hamza's Garage, killing two HTS members, "
                         "according to local sources.") == [None]
