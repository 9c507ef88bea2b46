"""Names written as a region: "the Shehba region", "in Shahba canton" is the Shahba region north of Aleppo (where
Afrin's displaced live around Tal Rifaat), not Shahba, the town of As-Sweida that the gazetteer otherwise finds; the
town stays where the text writes the name alone or names Sweida. Sherawa, a subdistrict of Afrin, places its
villages in Aleppo.

Every sentence here was written for these tests; none is taken from an evaluation set.
"""

from __future__ import annotations

import pytest

from observatory.extract import extract_report
from observatory.geo import Geocoder
from observatory.geo.region_names import written_as_region
from observatory.models import Report

_GEO = Geocoder.default()  # the embedded gazetteer a user has without any data of their own


def _govs(text: str) -> list[str | None]:
    return [e.location.admin1 for e in extract_report(Report(text=text), _GEO).events]


@pytest.mark.parametrize(("text", "governorate"), [
    ("Turkish artillery pounded two farms in the Shehba region on Monday night, killing a shepherd.", "Aleppo"),
    ("A drone hit a pickup truck in Shahba canton late on Friday, wounding three farm workers.", "Aleppo"),
    ("Mortar rounds fell on a hamlet in the Sherawa district at noon, injuring a girl.", "Aleppo"),
])
def test_a_region_places_the_incident(text: str, governorate: str) -> None:
    assert _govs(text) == [governorate]


def test_the_town_stays_when_the_text_names_it_alone() -> None:
    govs = _govs("Unknown gunmen shot dead a shopkeeper in the town of Shahba in the northern countryside of "
                 "al-Suwaidaa on Wednesday.")
    assert govs == ["As-Sweida"]


@pytest.mark.parametrize(("name", "context", "governorate"), [
    ("Shehba", "shells landed on a school in the Shehba region on Sunday", "Aleppo"),
    ("Shahba", "two herders were hurt in Shahba canton by a sniper", "Aleppo"),
    ("Shahba", None, "As-Sweida"),  # the name alone is the town
    ("Shahba", "a robbery at a bakery in Shahba", "As-Sweida"),
    ("Shahba", "the Shahba region of al-Suwaidaa saw a wedding shooting", "As-Sweida"),  # the text places the town
    ("Sherawa", "a mine blew up near a well in Sherawa", "Aleppo"),
])
def test_a_name_written_as_a_region(name: str, context: str | None, governorate: str) -> None:
    assert _GEO.geocode(name, context).admin1 == governorate


def test_written_as_region_needs_the_word_right_after_the_name() -> None:
    assert written_as_region("Shehba", "fled towards the Shehba region at dawn")
    assert written_as_region("Shahba", "in Shahba canton")
    assert not written_as_region("Shahba", "the region around Shahba")
    assert not written_as_region("Shahba", "the Shahba area")
    assert not written_as_region("Shahba", None)
