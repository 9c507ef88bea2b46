"""Fourth-pass precision rules (observatory.geo.caution): when a clean-looking match must give way to an honest
"unresolved". Every gazetteer here is invented (names and places made up for the test), so each test states the
rule, not a fact of one data set."""

from __future__ import annotations

from observatory.geo import Geocoder
from observatory.geo.caution import facility_namesake, weak_dominance
from observatory.geo.index import Entry, entry_weight
from observatory.models import Place


def place(name: str, lat: float, lon: float, admin1: str, cls: str = "village", population: int | None = None) -> Place:
    return Place(name=name, lat=lat, lon=lon, feature_class=cls, admin1=admin1, source="test", population=population)


def entry(name: str, admin1: str, cls: str = "village", population: int | None = None) -> Entry:
    p = place(name, 35.0, 38.0, admin1, cls, population)
    return Entry(p, entry_weight(p))


# -- a facility named like the village, in another governorate ---------------------------------------------------

FACILITY = [
    place("Zumrudah", 36.30, 37.20, "Aleppo"),  # a village known to the data
    place("Zumrudah Air Base", 34.60, 37.90, "Homs", "base"),  # a base named after a Zumrudah the data lacks
    place("Homs", 34.73, 36.72, "Homs", "city", 800_000),
    place("Aleppo", 36.20, 37.16, "Aleppo", "city", 2_000_000),
]


def test_a_village_whose_name_a_facility_elsewhere_bears_is_not_answered_alone() -> None:
    geocoder = Geocoder(FACILITY)
    result = geocoder.geocode("Zumrudah village")
    assert not result.resolved and result.admin1 is None
    assert result.reason is not None and "facility of this name lies in Homs" in result.reason
    assert not geocoder.geocode("Zumrudah").resolved  # a bare name means the settlement too


def test_the_context_or_the_facility_word_still_answers() -> None:
    geocoder = Geocoder(FACILITY)
    assert geocoder.geocode("Zumrudah village", "shelling on Zumrudah in Aleppo countryside").admin1 == "Aleppo"
    base = geocoder.geocode("Zumrudah air base")
    assert base.admin1 == "Homs" and base.feature_class == "base"


def test_a_facility_in_the_same_governorate_or_a_town_sized_place_is_no_reason_to_decline() -> None:
    same = [place("Qarnabah", 36.30, 37.20, "Aleppo"), place("Qarnabah Dam", 36.32, 37.25, "Aleppo", "dam")]
    assert Geocoder(same).geocode("Qarnabah village").admin1 == "Aleppo"
    big = [place("Sawdalah", 36.3, 37.2, "Aleppo", "populated", 12_000), place("Sawdalah Field", 35.0, 40.5,
                                                                             "Deir-ez-Zor", "field")]
    assert Geocoder(big).geocode("Sawdalah").admin1 == "Aleppo"
    curated = Place(name="Zumrudah", lat=36.3, lon=37.2, feature_class="village", admin1="Aleppo",
                    source="supplement: written for this test")  # the one reports mean by the name
    assert Geocoder([curated, *FACILITY[1:]]).geocode("Zumrudah village").admin1 == "Aleppo"
    kept = [entry("Sawdalah", "Aleppo", "populated", 12_000)]
    assert facility_namesake([*kept, entry("Sawdalah Field", "Deir-ez-Zor", "field")], kept, kept[0]) is None


# -- weight alone: parts of places and names shared by many governorates ----------------------------------------

NAMESAKES = [
    place("Wardiyah", 35.50, 35.90, "Lattakia", "town"),  # the heaviest: a town
    place("Wardiyah", 35.10, 36.70, "Hama"),
    place("Wardiyah", 36.00, 39.00, "Ar-Raqqa"),
]


def test_the_heaviest_namesake_answers_a_bare_name_but_not_a_farm_named_after_it() -> None:
    geocoder = Geocoder(NAMESAKES)
    assert geocoder.geocode("Wardiyah").admin1 == "Lattakia"  # a town five times a village's weight
    farm = geocoder.geocode("Wardiyah farm")
    assert not farm.resolved
    assert farm.reason is not None and "names part of a place" in farm.reason
    assert geocoder.geocode("Wardiyah farms", "clashes near Wardiyah in Hama countryside").admin1 == "Hama"


def test_a_town_among_villages_in_many_governorates_is_not_chosen_by_weight() -> None:
    many = [*NAMESAKES, place("Wardiyah", 33.00, 36.20, "Dar'a"), place("Wardiyah", 36.90, 41.00, "Al-Hasakeh")]
    geocoder = Geocoder(many)
    for text in ("Wardiyah", "Wardiyah town"):
        result = geocoder.geocode(text)
        assert not result.resolved, text
        assert result.reason is not None and "5 governorates" in result.reason
    assert Geocoder(NAMESAKES).geocode("Wardiyah town").admin1 == "Lattakia"  # three governorates: the town
    with_city = [*many, place("Wardiyah", 35.52, 35.92, "Lattakia", "city", 90_000)]
    assert Geocoder(with_city).geocode("Wardiyah").admin1 == "Lattakia"  # a city still outweighs them all


def test_weak_dominance_reasons() -> None:
    town = entry("Wardiyah", "Lattakia", "town")
    village = entry("Wardiyah", "Hama")
    assert weak_dominance([town, village], 2, part_of_place=False) is None
    assert (weak_dominance([town, village], 2, part_of_place=True) or "").startswith("names part of a place")
    assert "4 governorates" in (weak_dominance([town, village], 4, part_of_place=False) or "")


# -- the name being resolved is no context for itself -------------------------------------------------------------

NAMESAKE = [
    place("Saida", 32.66, 36.21, "Dar'a"),  # the one village of a common name the data knows
    place("Tal Kuran", 36.40, 38.90, "Ar-Raqqa", "town"),  # invented
    place("Daraa", 32.62, 36.10, "Dar'a", "city", 100_000),
]


def test_a_common_name_written_in_its_own_context_does_not_confirm_itself() -> None:
    geocoder = Geocoder(NAMESAKE)
    result = geocoder.geocode("Saida", "artillery shells fell on the village of Saida, east of Tal Kuran")
    assert not result.resolved and result.admin1 is None
    assert result.reason is not None and "common place name" in result.reason


def test_a_common_name_is_still_placed_by_the_governorate_or_a_place_near_it() -> None:
    geocoder = Geocoder(NAMESAKE)
    assert geocoder.geocode("Saida", "shells fell on Saida in the eastern Daraa countryside").admin1 == "Dar'a"
    assert geocoder.geocode("Saida", "a raid on Saida, a few kilometres from Daraa").admin1 == "Dar'a"


def test_without_own_name_blanks_every_spelling_of_the_name_only() -> None:
    from observatory.geo.context import without_own_name

    assert without_own_name("near al-Saida and Saida's farms, east of Saidawi", "Saida") == \
        "near al-  and  's farms, east of Saidawi"
    assert without_own_name("the Tal  Kuran road, Tal-Kuran", "Tal Kuran") == "the   road,  "
    assert without_own_name(None, "Saida") is None
