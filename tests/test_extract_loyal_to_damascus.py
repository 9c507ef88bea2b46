"""The capital named as the government a side serves ("tribal fighters loyal to Damascus", "gunmen backed by
Damascus") is who, not where the event happened (paragraphs written for these tests). One construction per test."""

from __future__ import annotations

from observatory.extract import extract_report
from observatory.geo import Geocoder
from observatory.models import Report

_GEO = Geocoder.default()  # the embedded gazetteer a user has without any data of their own


def _govs(text: str) -> list[str | None]:
    return [e.location.admin1 for e in extract_report(Report(text=text), _GEO).events]


def test_fighters_loyal_to_damascus_attacked_a_town_in_deir_ezzor() -> None:
    assert _govs(
        "Monitor update\n\nOn Monday tribal fighters loyal to Damascus crossed the river and attacked SDF posts "
        "in the town of Hajin, killing three fighters, the monitor said."
    ) == ["Deir-ez-Zor"]


def test_gunmen_backed_by_damascus_attacked_a_town_in_deir_ezzor() -> None:
    assert _govs(
        "Monitor update\n\nOn Monday gunmen backed by Damascus attacked SDF posts in the town of Hajin, "
        "killing three fighters, the monitor said."
    ) == ["Deir-ez-Zor"]
