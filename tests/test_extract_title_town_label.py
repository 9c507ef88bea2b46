"""Incidents: a title labelled with a town ("Jarablus | ...", "Jarablus countryside | ...") that the story names again
gives the report's governorate by the gazetteer, lent to incidents that name no place of their own when no located
incident lies elsewhere; a label the story never names again gives none.

Every sentence here was written for these tests; none is taken from an evaluation set.
"""

from __future__ import annotations

from incident_cases import DAY, TownGeocoder

_GEOCODER = TownGeocoder({"Jarablus": "Aleppo"})


def _govs(text: str) -> list[str | None]:
    from observatory.extract import extract_report
    from observatory.models import Report

    extraction = extract_report(Report(text=text, published=DAY), _GEOCODER)
    return [e.location.admin1 for e in extraction.events]


_BODY = ("A sniper fired from across the wire at dawn and killed a baker as he opened his shop. His brother was hurt by "
         "the same shot and taken to a clinic.")


def test_a_title_labelled_with_a_town_places_the_incidents_that_name_no_place() -> None:
    text = "Jarablus | Sniper kills a baker at dawn\nAgency of the North\n\n" + _BODY + \
        "\n\nShops in Jarablus stayed shut for the rest of the day."
    assert _govs(text) == ["Aleppo"]


def test_a_title_labelled_with_a_towns_countryside() -> None:
    text = "Jarablus countryside | Sniper kills a baker at dawn\nAgency of the North\n\n" + _BODY + \
        "\n\nFarms around Jarablus were left untended for the rest of the day."
    assert _govs(text) == ["Aleppo"]


def test_a_label_the_story_never_names_again_gives_none() -> None:
    text = "Jarablus | Sniper kills a baker at dawn\nAgency of the North\n\n" + _BODY
    assert _govs(text) == [None]
