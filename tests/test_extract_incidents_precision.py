"""ACLED geo-precision of incident places: 1 at the named town, 2 near it or in a part of it, 3 a governorate or region.

Every sentence here was written for these tests. The geocoder is the embedded default gazetteer (no download).
"""

from __future__ import annotations

from typing import Any

import pytest

from observatory.extract import extract_report, to_contract
from observatory.extract.places import place_mentions, placed_relative
from observatory.geo import Geocoder
from observatory.models import Report


@pytest.fixture(scope="module")
def geocoder() -> Geocoder:
    return Geocoder.default()


def places(text: str, geocoder: Geocoder | None) -> list[dict[str, Any]]:
    row = to_contract("t", extract_report(Report(text=text), geocoder))
    assert len(row["incidents"]) == 1, row
    found: list[dict[str, Any]] = row["incidents"][0]["places"]
    return found


def first(text: str, geocoder: Geocoder) -> dict[str, Any]:
    return places(text, geocoder)[0]


def test_a_plain_town_keeps_precision_one(geocoder: Geocoder) -> None:
    row = first("A roadside bomb went off in al-Mayadin on Tuesday, killing 4 soldiers.", geocoder)
    assert (row["name"], row["admin1"], row["precision"]) == ("al-Mayadin", "Deir-ez-Zor", 1)


@pytest.mark.parametrize("where", [
    "in the southern desert of al-Mayadin",
    "in the desert of al-Mayadin",
    "in the al-Mayadin desert",
    "near al-Mayadin",
    "on the outskirts of al-Mayadin",
    "in the al-Mayadin outskirts",
    "east of al-Mayadin",
    "in the countryside of al-Mayadin",
    "in the western countryside of al-Mayadin",
    "in al-Mayadin countryside",
    "in the al-Mayadin area",
])
def test_a_phrase_around_a_town_gives_precision_two_at_the_town(where: str, geocoder: Geocoder) -> None:
    plain = first("A roadside bomb went off in al-Mayadin on Tuesday, killing 4 soldiers.", geocoder)
    row = first(f"A roadside bomb went off {where} on Tuesday, killing 4 soldiers.", geocoder)
    assert row["name"] == "al-Mayadin"  # the name stays as written
    assert row["admin1"] == "Deir-ez-Zor"
    assert row["precision"] == 2
    assert (row["lat"], row["lon"]) == (plain["lat"], plain["lon"])  # the town's point, as ACLED codes "near X"


def test_a_descriptor_written_into_the_name_gives_precision_two(geocoder: Geocoder) -> None:
    row = first("ISIS cells ambushed a patrol in Al-Mayadeen Desert on Tuesday, killing 4 soldiers.", geocoder)
    assert row["name"] == "Al-Mayadeen Desert"
    assert row["precision"] == 2


def test_both_towns_of_a_between_phrase_are_near(geocoder: Geocoder) -> None:
    rows = places("A landmine exploded on a bus between Palmyra and al-Sukhnah on Tuesday, killing 5 soldiers.", geocoder)
    assert rows[0]["name"] == "Palmyra"
    assert rows[0]["admin1"] == "Homs"
    assert rows[0]["precision"] == 2


@pytest.mark.parametrize("where", ["in the eastern countryside of Homs", "in Homs province", "in the Homs desert"])
def test_a_governorate_alone_is_a_region_with_its_admin1(where: str, geocoder: Geocoder) -> None:
    rows = places(f"ISIS cells attacked an army post {where} on Tuesday, killing 3 soldiers.", geocoder)
    assert [(r["name"], r["admin1"], r["precision"]) for r in rows] == [("Homs", "Homs", 3)]


def test_a_governorate_after_a_town_is_a_region_and_the_town_is_near(geocoder: Geocoder) -> None:
    rows = places("ISIS cells killed 3 soldiers on the outskirts of Palmyra in the eastern countryside of Homs on "
                  "Tuesday.", geocoder)
    assert [(r["name"], r["admin1"], r["precision"]) for r in rows] == [("Palmyra", "Homs", 2), ("Homs", "Homs", 3)]


def test_the_capitals_countryside_is_rural_damascus_as_a_region() -> None:
    rows = places("Two civilians were killed by a landmine near Damascus on Tuesday.", None)
    assert [(r["admin1"], r["precision"]) for r in rows] == [("Rural Damascus", 3)]


def test_a_governorate_is_a_region_without_a_geocoder_too() -> None:
    rows = places("ISIS cells attacked an army post in the eastern countryside of Homs on Tuesday, killing 3 soldiers.",
                  None)
    assert rows == [{"name": "Homs", "lat": None, "lon": None, "admin1": "Homs", "precision": 3}]


def test_a_bank_of_the_euphrates_is_a_place_placed_by_the_geocoder(geocoder: Geocoder) -> None:
    rows = places("ISIS cells ambushed a patrol on the west bank of the Euphrates on Tuesday, killing 7 soldiers.",
                  geocoder)
    assert rows[0]["name"] == "west bank of the Euphrates"
    assert rows[0]["lat"] is not None
    assert rows[0]["precision"] == geocoder.geocode("west bank of the Euphrates").precision == 3


def test_a_town_named_beside_a_bank_stays_the_located_place(geocoder: Geocoder) -> None:
    rows = places("ISIS targeted the village of Boqruss at the west bank of the Euphrates, killing 2 soldiers.", geocoder)
    assert [r["name"] for r in rows] == ["Boqruss", "west bank of the Euphrates"]
    assert rows[0]["admin1"] == "Deir-ez-Zor"
    assert rows[0]["precision"] == 1


@pytest.mark.parametrize(("text", "expected"), [
    ("shelling hit homes in al-Mayadin on Monday", False),
    ("shelling hit the town of al-Mayadin on Monday", False),
    ("shelling hit the village of Kafr Nabl and al-Mayadin", False),
    ("shelling hit areas near the town of al-Mayadin", True),
    ("shelling hit the desert north of al-Mayadin", True),
    ("shelling hit farms in the al-Mayadin eastern countryside", True),
    ("shelling hit the road between Kafr Nabl and al-Mayadin", True),
])
def test_placed_relative_reads_the_words_around_the_mention(text: str, expected: bool) -> None:
    mention = next(p for p in place_mentions(text, 0, len(text)) if p.name == "al-Mayadin")
    assert placed_relative(text, mention) is expected
