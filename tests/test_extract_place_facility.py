"""A facility named after a town ("X airport", "X camp", "X station") read as the facility, and a spelling variant of
a village read in the governorate the report names.

The Nayrab airport and the Neirab camp for Palestinian refugees lie east of Aleppo city; a village Al-Nayrab lies
between Saraqib and Idlib city. A name followed by "airport" or "camp" is the facility, where the gazetteer knows one;
the bare name stays the village. The pumping stations T2 and T3 are named "the T3 station": the name alone is too
short to read.

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


@pytest.mark.parametrize(
    "text",
    [
        "Drones struck the Nairab military airport on Tuesday, killing three soldiers.",
        "Israeli missiles hit positions near Al-Nayrab airport at dawn on Sunday, killing four soldiers.",
        "Unknown gunmen shot dead a young man in the Neirab camp on Wednesday night.",
        "A Palestinian refugee was killed on Monday by a stray bullet in Al-Nayrab camp.",
    ],
)
def test_the_airport_or_camp_of_aleppo(text: str) -> None:
    assert _govs(text) == ["Aleppo"]


@pytest.mark.parametrize(
    "text",
    [
        "Regime forces shelled Al-Nayrab town on Tuesday, killing a woman and her son.",
        "Clashes broke out near Al-Nayrab, between Saraqib and Idlib city, on Friday, killing two fighters.",
    ],
)
def test_the_village_of_idlib(text: str) -> None:
    assert _govs(text) == ["Idleb"]


@pytest.mark.parametrize(
    ("text", "governorate"),
    [
        ("Jihadist cells attacked an army post near the T3 station on Monday, killing four soldiers.", "Homs"),
        ("A landmine went off near the T2 station on Thursday, killing two shepherds.", "Deir-ez-Zor"),
    ],
)
def test_a_pumping_station(text: str, governorate: str) -> None:
    assert _govs(text) == [governorate]


def test_a_spelling_variant_in_the_governorate_the_report_names() -> None:
    text = (
        "Militants attacked army posts in the countryside of Hama province on Sunday, killing a soldier, the "
        "agency said.\n\nIn a separate attack, two soldiers were killed when rockets hit army positions near "
        "Joureen on Monday."
    )
    assert _govs(text) == ["Hama", "Hama"]
