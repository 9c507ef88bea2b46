"""The embedded default geocoder: spellings, relative phrases, context, honesty about what it does not know."""

from __future__ import annotations

import math

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from observatory.geo import Geocoder, GeocodeResult
from observatory.geo.relative import offset_point, parse_relative, road_ends


@pytest.fixture(scope="module")
def geo() -> Geocoder:
    return Geocoder.default()


def km(a: GeocodeResult, lat: float, lon: float) -> float:
    assert a.lat is not None and a.lon is not None
    dy = (a.lat - lat) * 111.0
    dx = (a.lon - lon) * 111.0 * math.cos(math.radians(lat))
    return math.hypot(dx, dy)


@pytest.mark.parametrize(("name", "admin1"), [
    ("Al-Kom", "Homs"), ("al-Kawm", "Homs"), ("Boqruss", "Deir-ez-Zor"), ("Buqrus", "Deir-ez-Zor"),
    ("Jabal Abu Rjameen", "Homs"), ("Abu Rujmayn", "Homs"), ("Al-Sokhna", "Homs"), ("As Sukhnah town", "Homs"),
    ("Deir Ezzor", "Deir-ez-Zor"), ("Dayr az Zawr", "Deir-ez-Zor"), ("دير الزور", "Deir-ez-Zor"),
    ("Al-Suwaidaa", "As-Sweida"), ("As-Sweida", "As-Sweida"), ("Sweida", "As-Sweida"),
    ("T3 station", "Homs"), ("Station 3", "Homs"), ("T4 airbase", "Homs"), ("al-Quriyah", "Deir-ez-Zor"),
    ("Faydat Ibn Muwaynah", "Deir-ez-Zor"), ("Arak", "Homs"), ("Al-Mayadeen", "Deir-ez-Zor"),
    ("Albukamal", "Deir-ez-Zor"), ("Palmyra", "Homs"), ("Tadmur", "Homs"), ("Idlib", "Idleb"),
])
def test_issue_spellings_resolve_to_their_governorate(geo: Geocoder, name: str, admin1: str) -> None:
    result = geo.geocode(name)
    assert result.resolved, result.reason
    assert result.admin1 == admin1
    assert result.admin1_pcode is not None and result.admin1_pcode.startswith("SY")


def test_city_named_like_its_governorate_is_the_city(geo: Geocoder) -> None:
    result = geo.geocode("Deir ez-Zor")
    assert result.precision == 1
    assert km(result, 35.336, 40.141) < 10
    assert geo.geocode("Rural Damascus").precision == 3


@pytest.mark.parametrize(("name", "admin1", "city"), [
    ("Damascus International Airport", "Rural Damascus", "Damascus"),
    ("the Damascus airport", "Rural Damascus", "Damascus"),
    ("Aleppo airport", "Aleppo", "Aleppo"),
    ("Qamishli airport", "Al-Hasakeh", "Qamishli"),
])
def test_airports_named_after_a_city_are_the_airport_not_the_city(geo: Geocoder, name: str, admin1: str,
                                                                   city: str) -> None:
    """Damascus airport lies 20 km south-east of the city, in Rural Damascus: the city's point would be wrong."""
    airport, town = geo.geocode(name), geo.geocode(city)
    assert airport.admin1 == admin1 and airport.lat is not None and town.lat is not None
    assert (airport.lat, airport.lon) != (town.lat, town.lon)


def test_unknown_and_foreign_names_are_unresolved_with_a_reason(geo: Geocoder) -> None:
    for name in ("Paris", "Xyzzyville", "", "   ", "---", "Mosul"):
        result = geo.geocode(name)
        assert not result.resolved
        assert result.lat is None and result.lon is None and result.admin1 is None
        assert result.reason


def test_relative_phrases_move_from_the_anchor_and_keep_its_governorate(geo: Geocoder) -> None:
    town = geo.geocode("al-Mayadin")
    south = geo.geocode("the southern desert of al-Mayadin")
    assert south.admin1 == "Deir-ez-Zor" and south.precision == 3
    assert south.lat is not None and town.lat is not None and south.lat < town.lat
    assert 10 < km(south, town.lat, town.lon or 0) < 40
    east = geo.geocode("east of Al-Sukhnah")
    assert east.admin1 == "Homs" and east.precision == 2 and east.lon is not None and east.lon > 38.87
    desert = geo.geocode("the northeastern desert of Al-Suwaidaa")
    assert desert.admin1 == "As-Sweida" and desert.precision == 3
    assert geo.geocode("Al-Sukhnah desert").precision == 3
    assert geo.geocode("near the T3 station").precision == 2


def test_roads_and_river_banks(geo: Geocoder) -> None:
    road = geo.geocode("Homs-Palmyra road")
    assert road.resolved and road.admin1 == "Homs" and road.precision == 2
    assert road.lon is not None and 36.7 < road.lon < 38.3
    between = geo.geocode("Road between Palmyra and Al-Sukhnah")
    assert between.admin1 == "Homs"
    west = geo.geocode("the west bank of the Euphrates", context="clashes near al-Mayadin")
    east = geo.geocode("the east bank of the Euphrates", context="clashes near al-Mayadin")
    assert west.admin1 == east.admin1 == "Deir-ez-Zor"
    assert west.precision == 3
    from observatory.geo.rivers import bank_of

    assert west.lat is not None and west.lon is not None and bank_of(west.lat, west.lon) == "west"
    assert east.lat is not None and east.lon is not None and bank_of(east.lat, east.lon) == "east"


def test_context_picks_among_places_of_one_name(geo: Geocoder) -> None:
    # GeoNames has several places called Al-Taybah / Taybeh; the context's governorate decides
    plain = geo.geocode("Tayyibah")
    in_homs = geo.geocode("Tayyibah", context="ISIS cells attacked positions in the Homs desert")
    assert in_homs.admin1 == "Homs"
    assert plain.admin1 in (None, "Homs")


def test_governorate_in_parentheses_scopes_the_name(geo: Geocoder) -> None:
    result = geo.geocode("military Research Center (Aleppo)")
    assert result.admin1 == "Aleppo" and result.precision == 3


def test_governorate_of_without_boundaries(geo: Geocoder) -> None:
    assert geo.governorate_of(34.56, 38.27) == ("Homs", "SY04")  # Palmyra
    assert geo.governorate_of(35.33, 40.14) == ("Deir-ez-Zor", "SY09")
    assert geo.governorate_of(36.20, 37.13)[0] == "Aleppo"
    assert geo.governorate_of(48.85, 2.35) == (None, None)  # Paris
    assert geo.governorate_of(33.89, 35.50) == (None, None)  # Beirut, outside Syria


def test_contract_shape(geo: Geocoder) -> None:
    row = geo.geocode("Palmyra").to_contract()
    for key in ("name", "matched", "lat", "lon", "admin1", "admin1_pcode", "admin2", "precision", "score"):
        assert key in row
    assert row["name"] == "Palmyra" and 0 < row["score"] <= 1


@settings(max_examples=200, deadline=None)
@given(st.text(max_size=80), st.one_of(st.none(), st.text(max_size=200)))
def test_geocode_never_raises(name: str, context: str | None) -> None:
    result = Geocoder.default().geocode(name, context)
    assert isinstance(result, GeocodeResult)
    assert (result.lat is None) == (result.lon is None)
    if result.resolved:
        assert result.admin1 is not None and result.precision in (1, 2, 3)
    else:
        assert result.reason


def test_warm_cache_gives_the_first_answer_again(geo: Geocoder) -> None:
    # speed is measured by bench/bench_geo.py; here only that a cached answer equals the first one
    names = ["Al-Kom", "Palmyra", "Deir Ezzor", "the southern desert of al-Mayadin", "Nowhere at all"]
    first = [geo.geocode(n) for n in names]
    assert [geo.geocode(n) for n in names * 3] == first * 3


def test_relative_parser() -> None:
    rel = parse_relative("the northeastern desert of Al-Suwaidaa")
    assert rel is not None and rel.kind == "area" and rel.direction == "northeast" and rel.anchor == "al-suwaidaa"
    rel = parse_relative("west of Palmyra")
    assert rel is not None and rel.kind == "direction" and rel.direction == "west"
    rel = parse_relative("the west bank of the Euphrates")
    assert rel is not None and rel.kind == "bank" and rel.direction == "west"
    assert parse_relative("Palmyra") is None
    assert road_ends("Al-Sukhna-Deir ez-Zour road") == [("al-sukhna", "deir ez-zour")]
    lat, lon = offset_point(35.0, 40.0, "north", 11.1)
    assert abs(lat - 35.1) < 1e-3 and lon == 40.0


def test_many_points_at_once_agree_with_one_at_a_time(geo: Geocoder) -> None:
    lats = [34.56, 35.33, 36.20, 48.85, 33.89]
    lons = [38.27, 40.14, 37.13, 2.35, 35.50]
    assert geo.governorates_of(lats, lons) == [geo.governorate_of(a, b) for a, b in zip(lats, lons, strict=True)]


def test_context_given_as_a_governorate_name_as_extraction_passes_it(geo: Geocoder) -> None:
    assert geo.geocode("Tayyibah", "Homs").admin1 == "Homs"
    assert geo.geocode("Tayyibah", "homs").admin1 == "Homs"
    from observatory.geo.context import Context

    assert Context.of(geo, "Rural Damascus").governorates == {"Rural Damascus"}
    assert Context.of(geo, "Damascus countryside").governorates == {"Rural Damascus"}
    assert Context.of(geo, "clashes in Deir-ez-Zor and Aleppo’s Azaz").governorates == {"Deir-ez-Zor", "Aleppo"}


def test_geonames_rows_are_cached_and_a_broken_cache_is_rebuilt(tmp_path, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    from observatory.geo import default

    monkeypatch.setenv("XDG_CACHE_HOME", str(tmp_path))
    first = default._geonames_rows()
    cached = list((tmp_path / "observatory").glob("geonames_sy_*.json"))
    assert len(cached) == 1 and len(first) > 250
    assert all(r["name"] and -90 <= r["lat"] <= 90 for r in first)
    cached[0].write_text("{broken", encoding="utf-8")
    assert default._geonames_rows() == first
    places = default.geonames_places()
    assert {p.admin1 for p in places} >= {"Aleppo", "Homs", "Deir-ez-Zor", "Idleb", "Dar'a"}


def test_a_suburb_or_farm_named_after_a_city_is_not_the_city(geo: Geocoder) -> None:
    # "X suburb" / "X farm" names a quarter or outlying part named after X: the city X itself is a namesake
    for name in ("Homs suburb", "Hama farms", "Aleppo pocket"):
        result = geo.geocode(name)
        assert result.lat is None and result.reason is not None and "part of a place" in result.reason
    # the context confirming the place lets it through
    assert geo.geocode("Homs suburb", context="shelling on the suburbs of Homs city").admin1 == "Homs"


def test_a_string_ending_with_one_governorate_falls_back_to_it(geo: Geocoder) -> None:
    result = geo.geocode("Syria/Turkey border Idlib governorate")
    assert result.admin1 == "Idleb" and result.lat is not None
    from observatory.geo.written_forms import trailing_governorate as _trailing_governorate
    assert _trailing_governorate("Northern Hamah province") == "Hama"
    # a road between two places: the fallback does not pick a side
    assert _trailing_governorate("Road between Qwxzt town and Idlib governorate") is None
    assert _trailing_governorate("Idlib countryside") is None


def test_capital_in_the_context_supports_the_towns_of_its_countryside(geo: Geocoder) -> None:
    # "near Damascus" places the towns of Rural Damascus around the capital: a spelling variant of one is still that town
    near = geo.geocode("Sayyida Zeinab", "missiles struck depots near Damascus at dawn")
    assert near.admin1 == "Rural Damascus"
    # look-alike: a context of another governorate still refuses the variant
    far = geo.geocode("Sayyida Zeinab", "missiles struck depots near Aleppo at dawn")
    assert far.admin1 is None and far.reason is not None
