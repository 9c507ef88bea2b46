"""Incidents: a town given as a dateline in capitals ("KOBANI -") that the story names again gives the report's
governorate, lent to incidents that name no place of their own when no located incident lies elsewhere; a town in
capitals with an agency after it ("TIKRIT (Agency) -") is where the story was filed, and gives none.

Every sentence here was written for these tests; none is taken from an evaluation set.
"""

from __future__ import annotations

from incident_cases import DAY, TownGeocoder

#: A stand-in geocoder that knows two towns of Aleppo and one abroad that a fuzzy gazetteer might place in Syria.
_GEOCODER = TownGeocoder({"Kobani": "Aleppo", "Tikrit": "Rural Damascus", "Jarablus": "Aleppo"})


def _govs(text: str) -> list[str | None]:
    from observatory.extract import extract_report
    from observatory.models import Report

    extraction = extract_report(Report(text=text, published=DAY), _GEOCODER)
    return [e.location.admin1 for e in extraction.events]


def test_a_capitals_town_dateline_places_the_incidents_that_name_no_place() -> None:
    text = ("Sniper kills a baker\nAgency of the North\n\n"
            "KOBANI - A sniper fired from across the wire at dawn and killed a baker as he opened his shop.\n\n"
            "Shops in Kobani stayed shut for the rest of the day.")
    assert _govs(text) == ["Aleppo"]


def test_a_capitals_dateline_with_an_agency_gives_no_governorate() -> None:
    text = ("Sniper kills a baker\nAgency of the North\n\n"
            "TIKRIT (Agency of the North) - A sniper fired from across the wire at dawn and killed a baker as he opened "
            "his shop.\n\nShops in Tikrit stayed shut for the rest of the day.")
    assert _govs(text) == [None]


def test_a_capitals_town_the_story_never_names_again_gives_none() -> None:
    text = ("Sniper kills a baker\nAgency of the North\n\n"
            "JARABLUS - A sniper fired from across the wire at dawn and killed a baker as he opened his shop. His "
            "brother was hurt by the same shot and taken to a clinic.")
    assert _govs(text) == [None]
