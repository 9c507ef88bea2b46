"""Spellings the embedded gazetteer's supplement now knows for places it held: Ithriya in eastern Hama written
"Athariya" or "Athraya", and al-Shuhayl on the Euphrates east of Deir Ezzor written "al-Shhail", "al-Shheil" or
"al-Shaheel". Every sentence here was written for these tests; none is taken from an evaluation set."""

from __future__ import annotations

import pytest

from observatory.extract import extract_report
from observatory.geo import Geocoder
from observatory.models import Report

_GEO = Geocoder.default()  # the embedded gazetteer a user has without any data of their own


def _govs(text: str) -> list[str | None]:
    return [e.location.admin1 for e in extract_report(Report(text=text), _GEO).events]


@pytest.mark.parametrize(
    ("text", "governorate"),
    [
        ("Russian jets struck hideouts in the Athariya desert on Friday, killing three ISIS members.", "Hama"),
        ("A landmine exploded near Athraya on Friday, killing a soldier.", "Hama"),
        ("Shells fired from the west bank hit the town of al-Shhail on Friday, killing a child.", "Deir-ez-Zor"),
        ("Gunmen attacked an SDF post in Al-Shheil on Friday, killing two fighters.", "Deir-ez-Zor"),
        ("A landmine exploded near al-Shaheel on Friday, killing a shepherd.", "Deir-ez-Zor"),
    ],
)
def test_a_known_place_written_otherwise_keeps_its_governorate(text: str, governorate: str) -> None:
    assert _govs(text) == [governorate]


@pytest.mark.parametrize(
    ("text", "governorate"),
    [
        (
            "Turkish shells fell on the outskirts of al-Ghassaniyah on Friday, wounding a farmer.\n\n"
            "In the countryside of Idlib, a drone struck a car near Sarmin.",
            "Idleb",
        ),
        (
            "Factions attacked the Al-Mushayrifa axis at night, killing an SDF fighter.\n\n"
            "Shells also hit Tal Samin in the Raqqa countryside.",
            "Ar-Raqqa",
        ),
    ],
)
def test_a_village_of_a_common_name_is_read_in_the_province_the_report_names(text: str, governorate: str) -> None:
    assert _govs(text)[0] == governorate
