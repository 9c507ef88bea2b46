"""A village placed by the town it lies beside ("the village of X, east of Qamishli city") lies in that town's
governorate when the gazetteer's one place of the village's name lies far from the town, in another governorate (a
namesake): paragraphs written for these tests. One construction per test."""

from __future__ import annotations

from observatory.extract import extract_report
from observatory.geo import Geocoder
from observatory.models import Report

_GEO = Geocoder.default()  # the embedded gazetteer a user has without any data of their own


def _govs(text: str) -> list[str | None]:
    return [e.location.admin1 for e in extract_report(Report(text=text), _GEO).events]


def test_a_village_east_of_qamishli_lies_in_hasakah_whatever_its_far_namesake() -> None:
    assert _govs(
        "Monitor update\n\nA Turkish drone struck a car near the village of Sukariya, east of Qamishli city, on "
        "Monday, killing two members of the Asayish, the monitor said."
    ) == ["Al-Hasakeh"]


def test_a_village_placed_by_a_town_it_lies_beside_keeps_its_own_governorate() -> None:
    assert _govs(
        "Monitor update\n\nA Turkish drone struck a car near the town of Amuda, west of Qamishli city, on "
        "Monday, killing two members of the Asayish, the monitor said."
    ) == ["Al-Hasakeh"]
