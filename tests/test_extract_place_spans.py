"""Governorates: a range over several governorates (Jabal al-Bishri stretches over Raqqa, Deir ez-Zor and Homs) is
placed by the geocoder yet names no governorate: an incident there alone is in none (SCHEMA: several governorates ->
null), and beside a town of one governorate it splits the evidence; a province the text names still places it.

Every sentence here was written for these tests; none is taken from an evaluation set.
"""

from __future__ import annotations

from observatory.extract import extract_report
from observatory.extract.contract import to_contract
from observatory.geo import Geocoder
from observatory.geo.result import SEVERAL_GOVERNORATES
from observatory.models import Report

_GEO = Geocoder.default()


def _governorates(text: str) -> list[str | None]:
    return [i["governorate"] for i in to_contract("t", extract_report(Report(text=text), _GEO))["incidents"]]


def test_the_geocoder_places_the_range_without_a_governorate() -> None:
    result = _GEO.geocode("Bishri mountains")
    assert result.lat is not None and result.admin1 is None and result.reason == SEVERAL_GOVERNORATES


def test_a_governorate_the_string_names_settles_the_range() -> None:
    # the string's governorate outranks "several", as it outranks where the gazetteer puts a namesake; the range's
    # point stays where it lies in that governorate (its centre is on the Raqqa side), else the governorate stands
    raqqa = _GEO.geocode("Bishri mountains (Raqqa)")
    assert (raqqa.matched, raqqa.admin1, raqqa.reason) == ("Jabal al-Bishri", "Ar-Raqqa", None)
    deir = _GEO.geocode("Bishri mountains (Deir Ezzor)")
    assert (deir.admin1, deir.precision, deir.reason is not None) == ("Deir-ez-Zor", 3, True)


def test_an_incident_on_the_range_alone_is_in_no_governorate() -> None:
    text = "A landmine blast killed two shepherds in Jabal al-Bishri on Thursday morning."
    assert _governorates(text) == [None]


def test_the_range_beside_a_town_splits_the_evidence() -> None:
    text = ("Gunmen attacked a regime position between al-Sukhnah and Jabal al-Bishri at dawn, killing four "
            "soldiers.")
    assert _governorates(text) == [None]


def test_look_alike_a_province_the_text_names_places_it() -> None:
    text = "An ISIS cell killed three militiamen of the regime in Jabal al-Bishri in the Raqqa desert on Sunday."
    assert _governorates(text) == ["Ar-Raqqa"]
