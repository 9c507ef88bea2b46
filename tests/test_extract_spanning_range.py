"""A range over several governorates (Jabal al-Bishri) named beside another area ("... and the desert of X", "the Homs
desert and near Jabal al-Bishri") or as lying across a provincial line gives the incident no governorate; told as lying
in one province ("in the western desert of Deir Ezzor") it keeps that province (paragraphs written for these tests).
One construction per test."""

from __future__ import annotations

from observatory.extract import extract_report
from observatory.geo import Geocoder
from observatory.models import Report

_GEO = Geocoder.default()  # the embedded gazetteer a user has without any data of their own


def _govs(text: str) -> list[str | None]:
    return [e.location.admin1 for e in extract_report(Report(text=text), _GEO).events]


def test_the_range_and_a_province_desert_give_no_governorate() -> None:
    assert _govs(
        "Monitor update\n\nOn Tuesday Russian jets carried out dozens of strikes on the area of Jabal al-Bishri "
        "and the desert of Deir ez-Zor, killing five ISIS members, the monitor said."
    ) == [None]


def test_a_province_desert_and_the_range_give_no_governorate() -> None:
    assert _govs(
        "Monitor update\n\nOn Tuesday Russian jets carried out dozens of strikes on hideouts in the Homs desert "
        "and near Jabal al-Bishri, killing five ISIS members, the monitor said."
    ) == [None]


def test_the_range_on_a_provincial_line_gives_no_governorate() -> None:
    assert _govs(
        "Monitor update\n\nOn Tuesday Russian jets struck hideouts in Jabal al-Bishri, on the administrative "
        "border between Raqqa and Deir Ezzor, and in the desert of Ithriya, killing five ISIS members."
    ) == [None]


def test_the_range_in_one_province_keeps_it() -> None:
    assert _govs(
        "Monitor update\n\nOn Tuesday Russian jets struck hideouts near Jabal al-Bishri in the western desert of "
        "Deir Ezzor, killing five ISIS members, the monitor said."
    ) == ["Deir-ez-Zor"]
