"""Places named beside the event but not where it happened: a wire agency's dateline opening the first sentence
("HOMS, May 2 (Xinhua) -- ...": where the story was filed) and a province the area "borders" (paragraphs written for
these tests). One construction per test."""

from __future__ import annotations

from observatory.extract import extract_report
from observatory.geo import Geocoder
from observatory.models import Report

_GEO = Geocoder.default()  # the embedded gazetteer a user has without any data of their own


def _govs(text: str) -> list[str | None]:
    return [e.location.admin1 for e in extract_report(Report(text=text), _GEO).events]


def test_a_wire_dateline_is_not_where_the_shelling_fell() -> None:
    assert _govs(
        "Shelling kills two\n\nHOMS, May 2 (Xinhua) -- Two civilians were killed on Tuesday when rebel groups "
        "fired rocket shells at the town of Kafr Takharim, state media reported."
    ) == ["Idleb"]


def test_a_province_the_countryside_borders_is_not_where_the_shelling_fell() -> None:
    assert _govs(
        "Shelling kills two\n\nTwo civilians were killed on Tuesday when rebel groups fired rocket shells at "
        "the Hamdaniyeh neighborhood of Aleppo city. The rockets came from the western countryside of Aleppo, "
        "which borders the province of Idlib, state media reported."
    ) == ["Aleppo"]
