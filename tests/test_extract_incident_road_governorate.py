"""Governorates: an incident on "the road between A and B", where the gazetteer puts A in one governorate and does not
know B, lies on a local road of A's governorate (a road between two governorates joins towns the gazetteer knows in
both).

Look-alike: a road between towns of two governorates stays in neither.

Every sentence here was written for these tests; none is taken from an evaluation set (the unknown village names are
made up).
"""

from __future__ import annotations

from dataclasses import dataclass

from observatory.extract import extract_report
from observatory.extract.contract import to_contract
from observatory.extract.incident_road_town import road_town_governorate
from observatory.extract.places import PlaceMention
from observatory.geo import Geocoder
from observatory.models import Report

_GEO = Geocoder.default()


def _governorates(text: str) -> list[str | None]:
    return [i["governorate"] for i in to_contract("t", extract_report(Report(text=text), _GEO))["incidents"]]


@dataclass
class _Read:
    """A geocoder's reading of a place name, as road_town_governorate sees it."""

    name: str
    admin1: str


def _mention(text: str, name: str, governorate: str | None = None) -> PlaceMention:
    """The first mention of ``name`` in ``text``."""
    at = text.index(name)
    return PlaceMention(name, at, at + len(name), governorate) if governorate else PlaceMention(name, at, at + len(name))


def _road_town(text: str, town: str, town_governorate: str) -> str | None:
    """The governorate road_town_governorate gives an incident on the highway linking Deir ez-Zor (Deir-ez-Zor) to
    Palmyra (Homs), with ``town`` (first mention) read in ``town_governorate``."""
    ends = (_mention(text, "Deir ez-Zor", "Deir-ez-Zor"), _mention(text, "Palmyra"))
    geo = [_Read(town, town_governorate), _Read("Palmyra", "Homs")]
    return road_town_governorate([_mention(text, town), *ends], ends, geo, {"Deir-ez-Zor", "Homs"}, text)


def test_a_road_from_a_known_town_to_an_unknown_village_is_in_the_towns_governorate() -> None:
    text = ("A drone struck a car on the road between Saraqib and Tell Zuwayqat on Friday, killing two fighters of a "
            "jihadist group.")
    assert _governorates(text) == ["Idleb"]


def test_the_unknown_end_may_come_first() -> None:
    text = ("Unknown gunmen opened fire on a bus on the road between Khirbet Umm Surra and Manbij, wounding its "
            "driver, on Tuesday.")
    assert _governorates(text) == ["Aleppo"]


def test_look_alike_a_road_between_towns_of_two_governorates_is_in_neither() -> None:
    text = ("An IED exploded on a military bus on the road between Palmyra and Deir ez-Zor on Monday, killing three "
            "soldiers.")
    assert _governorates(text) == [None]


def test_a_compound_road_with_a_village_named_beside_it_is_where_the_village_lies() -> None:
    text = ("Two soldiers were killed on Sunday when gunmen ambushed their truck on the Damascus-Sweida road, near the "
            "village of al-Mazraa, a monitor said.")
    assert _governorates(text) == ["As-Sweida"]


def test_a_town_named_first_in_the_headline_and_again_beside_the_road_settles_the_road() -> None:
    text = ("Militants kill two guards near Kabajeb\n\nTwo guards were shot dead near the village of Kabajeb, on the "
            "highway linking Deir ez-Zor to Palmyra, on Friday.")
    assert _road_town(text, "Kabajeb", "Deir-ez-Zor") == "Deir-ez-Zor"


def test_look_alike_a_town_named_elsewhere_in_the_report_does_not_settle_the_road() -> None:
    text = ("Militants kill two guards on the highway\n\nTwo guards were shot dead on the highway linking Deir ez-Zor to "
            "Palmyra on Friday. One of them came from Kabajeb, his relatives said.")
    assert _road_town(text, "Kabajeb", "Deir-ez-Zor") is None


def test_look_alike_a_longer_name_beside_the_road_is_not_the_town() -> None:
    text = ("Guard from Kabaj killed\n\nA guard from Kabaj was shot dead on Friday. He was driving near the village of "
            "Kabajiyah, on the highway linking Deir ez-Zor to Palmyra.")
    assert _road_town(text, "Kabaj", "Deir-ez-Zor") is None


def test_a_town_named_as_the_place_of_the_event_in_another_sentence_settles_the_road() -> None:
    text = ("Two guards were shot dead on the highway linking Deir ez-Zor to Palmyra on Friday. The guards came under "
            "fire in the Kabajeb area, the agency said.")
    assert _road_town(text, "Kabajeb", "Deir-ez-Zor") == "Deir-ez-Zor"


def test_a_town_named_near_the_event_in_another_sentence_settles_the_road() -> None:
    text = ("A bus was attacked on the highway linking Deir ez-Zor to Palmyra on Friday. Gunmen ambushed it near the "
            "village of Kabajeb, killing two guards.")
    assert _road_town(text, "Kabajeb", "Deir-ez-Zor") == "Deir-ez-Zor"


def test_look_alike_a_town_named_in_a_place_word_elsewhere_without_area_does_not_settle_the_road() -> None:
    text = ("Two guards were shot dead on the highway linking Deir ez-Zor to Palmyra on Friday. Their relatives in "
            "Kabajeb buried them the next day.")
    assert _road_town(text, "Kabajeb", "Deir-ez-Zor") is None


def test_look_alike_a_town_placed_before_the_road_does_not_settle_it() -> None:
    text = ("Gunmen clashed near the village of Kabajeb on Thursday. On Friday, two guards were shot dead on the "
            "highway linking Deir ez-Zor to Palmyra.")
    assert _road_town(text, "Kabajeb", "Deir-ez-Zor") is None


def test_a_town_placed_in_the_roads_own_sentence_settles_it() -> None:
    text = ("Fighters clashed with jihadists near Kabajeb on Friday, trying to cut the highway linking Deir ez-Zor to "
            "Palmyra.")
    assert _road_town(text, "Kabajeb", "Deir-ez-Zor") == "Deir-ez-Zor"
