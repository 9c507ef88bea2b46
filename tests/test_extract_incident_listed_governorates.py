"""Incidents: governorates listed under one province word ("strikes on the deserts of Homs, Hama and Deir Ezzor")
name a region over all of them: the incident's town decides its governorate, and with no town it spans several (no
governorate). A report that names one governorate three times and places none of its incidents elsewhere lends it
to an incident placed only in a district the gazetteer does not know.

Look-alike: "the deserts of Homs and Hama" joined by "and" stays as before.

Every sentence here was written for these tests; none is taken from an evaluation set.
"""

from __future__ import annotations

from observatory.extract import extract_report
from observatory.extract.places import governorate_mentions
from observatory.geo import Geocoder
from observatory.models import Report

_GEO = Geocoder.default()


def _govs(text: str) -> list[str | None]:
    return [e.location.admin1 for e in extract_report(Report(text=text), _GEO).events]


def test_listed_governorates_are_no_single_province() -> None:
    text = "Russian jets carried out 20 strikes on the deserts of Deir Ezzor, Raqqa and Homs."
    assert [m.strong for m in governorate_mentions(text, 0, len(text))] == [False, False, False]


def test_strikes_over_listed_governorates_have_none() -> None:
    text = ("Syrian Observatory for Human Rights\nDesert\n\n"
            "Russian warplanes carried out dozens of strikes on ISIS hideouts in the deserts of Deir Ezzor, Raqqa and "
            "Homs on Sunday, with no information on casualties.")
    assert _govs(text) == [None]


def test_look_alike_two_joined_stay_provinces() -> None:
    text = "Russian jets struck the deserts of Homs and Hama."
    assert [m.strong for m in governorate_mentions(text, 0, len(text))] == [True, True]


def test_report_about_one_governorate_lends_it_to_an_unknown_district() -> None:
    text = ("Airstrikes kill 30 in Raqqa: monitor\n"
            "Air strikes killed 30 civilians in the Islamic State-held part of Raqqa over the past 24 hours, the "
            "monitor said.\n"
            "It said one strike on Monday hit a house in the al-Qadisiya Qadima district, killing five people of one "
            "family.\n"
            "More than 800 civilians have died in Raqqa since June.")
    assert _govs(text) == ["Ar-Raqqa"]
