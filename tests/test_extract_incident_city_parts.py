"""Governorates: an incident placed only in a part of a city ("in the X neighbourhood", "the eastern district of X",
"at the X prison"), in a report about one city, lies in that city's governorate, not in that of a town of the same
name the gazetteer knows elsewhere.

Look-alikes: a town named without a word of a city part keeps the gazetteer's governorate; a neighbourhood of the
capital in a report on its countryside stays in Damascus.

Every sentence here was written for these tests; none is taken from an evaluation set.
"""

from __future__ import annotations

from observatory.extract import extract_report
from observatory.extract.contract import to_contract
from observatory.geo import Geocoder
from observatory.models import Report

_GEO = Geocoder.default()
_HASAKAH = ("Monitor update: Hasakah\n\nTwo civilians were killed on Monday when a mortar shell hit a house in the "
            "al-Aziziyah neighbourhood of Hasakah city.\n")


def _governorates(text: str) -> list[str | None]:
    return [i["governorate"] for i in to_contract("t", extract_report(Report(text=text), _GEO))["incidents"]]


def test_a_neighbourhood_lies_in_the_city_the_report_is_about() -> None:
    text = _HASAKAH + "Meanwhile, three SDF fighters died in an ambush laid by ISIS cells in the al-Sinaa neighbourhood."
    assert _governorates(text) == ["Al-Hasakeh", "Al-Hasakeh"]


def test_the_district_of_named_before_lies_in_that_city() -> None:
    text = _HASAKAH + ("Later that day, an ISIS cell attacked a patrol in the southern district of al-Sinaa, killing "
                       "two Asayish members.")
    assert _governorates(text) == ["Al-Hasakeh", "Al-Hasakeh"]


def test_look_alike_a_town_without_a_city_word_keeps_its_own_governorate() -> None:
    text = _HASAKAH + "Elsewhere, a baker was found shot on a farm road near the town of Masyaf."
    assert _governorates(text) == ["Al-Hasakeh", "Hama"]


def test_look_alike_a_neighbourhood_of_the_capital_stays_in_damascus() -> None:
    text = ("Monitor update: Eastern Ghouta\n\nFour civilians were killed on Monday when jets bombed a bakery in Douma, "
            "in the Eastern Ghouta.\nMeanwhile, a rocket launched from the enclave fell on a shop in the capital's "
            "al-Qassaa neighbourhood, wounding three people.")
    assert _governorates(text) == ["Rural Damascus", "Damascus"]
