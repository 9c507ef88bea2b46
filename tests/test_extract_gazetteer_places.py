"""Incidents placed only by a village or city quarter the embedded gazetteer lacked, or by a name two governorates
share: the supplement now knows the villages of the eastern al-Suwayda countryside (al-Shabki, al-Shreihi, Rami, Tima
and the Duma there, which yields to Douma in Rural Damascus unless the text names al-Suwayda), western Aleppo villages
(Kafr Nouran, Kafr Amma), Arab Hassan north of Manbij, Hadar on the Golan (not al-Hadir south of Aleppo), Qamishli's
Hilaliya, Tal Jumaa on the Khabur, Mishtenour hill south of Kobani, quarters of Raqqa (al-Thakanah, al-Nahda) and of
Aleppo (al-Furqan), and al-Midan, a quarter of both Aleppo and Damascus, resolved by the city the text names.

Every sentence here was written for these tests; none is taken from an evaluation set.
"""

from __future__ import annotations

import pytest

from observatory.extract import extract_report
from observatory.geo import Geocoder
from observatory.models import Report

_GEO = Geocoder.default()  # the embedded gazetteer a user has without any data of their own


def _govs(text: str) -> list[str | None]:
    return [e.location.admin1 for e in extract_report(Report(text=text), _GEO).events]


@pytest.mark.parametrize(("text", "governorate"), [
    ("Masked gunmen abducted a farmer and his son near the village of Tima on Thursday evening.", "As-Sweida"),
    ("A landmine left by the jihadists went off near Rami, killing a shepherd on Saturday.", "As-Sweida"),
    ("Artillery shells hit the village of Kafr Nouran on Sunday, killing two women.", "Aleppo"),
    ("Israeli shells hit the outskirts of Hadar on Wednesday, wounding three young men.", "Quneitra"),
    ("A car bomb went off in the Hilaliya neighbourhood on Monday, killing four people.", "Al-Hasakeh"),
    ("Warplanes struck the al-Thakanah area on Tuesday morning, killing five civilians.", "Ar-Raqqa"),
    ("A suicide car bomb hit a YPG post on Mishtanour hill on Friday, killing three fighters.", "Aleppo"),
    ("Gunmen abducted a shopkeeper from his home in the Dweilaa neighbourhood on Tuesday night.", "Damascus"),
])
def test_a_village_or_quarter_places_the_incident(text: str, governorate: str) -> None:
    assert _govs(text) == [governorate]


def test_a_namesake_in_the_province_the_text_names() -> None:
    govs = _govs("Fighting raged on Tuesday between the jihadists and local gunmen around Duma, in the eastern "
                 "countryside of al-Suwaidaa, killing four of the gunmen.")
    assert govs == ["As-Sweida"]


@pytest.mark.parametrize(("name", "context", "governorate"), [
    ("Duma", None, "Rural Damascus"),  # the city, when nothing points at the village in al-Suwayda
    ("Duma", "eastern countryside of al-Suwaidaa", "As-Sweida"),
    ("al-Midan", "shells fell on the city of Aleppo", "Aleppo"),
    ("al-Midan", "a car bomb in the capital Damascus", "Damascus"),
    ("al-Midan", None, None),  # two cities have a quarter of that name: neither without context
    ("Al-Shbiki", None, "As-Sweida"),
    ("Kafr Amma", None, "Aleppo"),
    ("Tal Jumaa", None, "Al-Hasakeh"),
    ("Arab Hassan", None, "Aleppo"),
    ("al-Furqan", None, "Aleppo"),
    ("al-Hader", "the southern countryside of Aleppo", "Aleppo"),  # al-Hadir stays where Aleppo is named
])
def test_shared_names_follow_the_governorate_the_text_names(name: str, context: str | None,
                                                            governorate: str | None) -> None:
    assert _GEO.geocode(name, context).admin1 == governorate
