"""The curated gazetteer supplement: every row lies in its governorate, no name points at two governorates,
and the spellings that reports use resolve through the embedded default geocoder."""

from __future__ import annotations

import json
import math
from collections import defaultdict
from pathlib import Path

import pytest
from shapely.geometry import Point, shape
from shapely.geometry.base import BaseGeometry
from shapely.ops import nearest_points

from observatory.geo import Geocoder
from observatory.geo.default import supplement_places
from observatory.models import Place

BOUNDARY_TOLERANCE_KM = 3.0

# Rows whose stated governorate is the one reports (and the bench references) give, while their point lies in
# another OCHA polygon: name -> the polygon the point must lie in instead. Keep this list short and explained.
OFF_POLYGON = {
    "Al-Tanf": "Rural Damascus",  # reports say Homs (Tadmur desert); OCHA draws the south-east corner to Rural Damascus
    "Rukban camp": "Rural Damascus",  # likewise
    "Kabani": "Idleb",  # reports say the Lattakia countryside; the approximate point lies 5-6 km over the Idleb line
}


def _haversine_km(lat1: float, lon1: float, lat2: float, lon2: float) -> float:
    p1, p2 = math.radians(lat1), math.radians(lat2)
    dp, dl = p2 - p1, math.radians(lon2 - lon1)
    a = math.sin(dp / 2) ** 2 + math.cos(p1) * math.cos(p2) * math.sin(dl / 2) ** 2
    return 2 * 6371.0 * math.asin(math.sqrt(a))


def _km_outside(polygon: BaseGeometry, lat: float, lon: float) -> float:
    """0 for a point inside the polygon, else its distance in km to the polygon's nearest edge."""
    point = Point(lon, lat)
    if polygon.contains(point):
        return 0.0
    nearest = nearest_points(polygon, point)[0]
    return _haversine_km(lat, lon, nearest.y, nearest.x)


@pytest.fixture(scope="module")
def admin1_polygons(shared_data: Path) -> dict[str, BaseGeometry]:
    path = shared_data / "boundaries" / "syr_admin1.geojson"
    assert path.is_file(), f"{path} is missing from the shared data"
    features = json.loads(path.read_text(encoding="utf-8"))["features"]
    return {f["properties"]["adm1_name"]: shape(f["geometry"]) for f in features}


def _rows() -> list[Place]:
    rows: list[Place] = list(supplement_places())
    assert len(rows) >= 400, "the supplement lost rows"
    return rows


def test_every_row_lies_in_its_governorate(admin1_polygons: dict[str, BaseGeometry]) -> None:
    misplaced = []
    for place in _rows():
        if place.admin1 is None:
            continue  # ranges and deserts that straddle governorates carry no admin1
        governorate = OFF_POLYGON.get(place.name, place.admin1)
        polygon = admin1_polygons.get(governorate)
        assert polygon is not None, f"{place.name}: unknown governorate {governorate!r}"
        off = _km_outside(polygon, place.lat, place.lon)
        if off > BOUNDARY_TOLERANCE_KM:
            misplaced.append(f"{place.name} ({place.lat}, {place.lon}) lies {off:.1f} km outside {governorate}")
    assert not misplaced, "\n".join(misplaced)


def test_the_off_polygon_exceptions_are_still_needed(admin1_polygons: dict[str, BaseGeometry]) -> None:
    rows = {place.name: place for place in _rows()}
    for name in OFF_POLYGON:
        place = rows.get(name)
        assert place is not None and place.admin1 is not None, f"{name}: stale exception"
        assert _km_outside(admin1_polygons[place.admin1], place.lat, place.lon) > BOUNDARY_TOLERANCE_KM, (
            f"{name} now lies in {place.admin1}: drop its exception")


def test_the_polygon_check_catches_a_misplaced_point(admin1_polygons: dict[str, BaseGeometry]) -> None:
    # Aleppo city is far outside Idleb and inside Aleppo: the check above is able to fail
    assert _km_outside(admin1_polygons["Idleb"], 36.202, 37.134) > BOUNDARY_TOLERANCE_KM
    assert _km_outside(admin1_polygons["Aleppo"], 36.202, 37.134) == 0.0


def test_no_name_points_at_two_governorates() -> None:
    governorates: dict[str, set[str]] = defaultdict(set)
    for place in _rows():
        for name in (place.name, *place.alternate_names):
            governorates[name.strip().casefold()].add(place.admin1 or "")
    clashes = {name: sorted(govs) for name, govs in governorates.items() if len(govs) > 1}
    assert not clashes, clashes


@pytest.fixture(scope="module")
def geocoder() -> Geocoder:
    return Geocoder.default()


@pytest.mark.parametrize(("name", "governorate"), [
    ("Jindires", "Aleppo"),
    ("Jendires", "Aleppo"),
    ("Marea", "Aleppo"),
    ("Mare'", "Aleppo"),
    ("Kafr Taal", "Aleppo"),
    ("Sheikh Maqsoud", "Aleppo"),
    ("Bab al-Salama crossing", "Aleppo"),
    ("Qah camp", "Idleb"),
    ("Kafr Lossin", "Idleb"),
    ("Kafriya", "Idleb"),
    ("Jourin", "Hama"),
    ("Qastoun", "Hama"),
    ("Kernaz", "Hama"),
    ("Hawarin", "Homs"),
    ("Baba Amr", "Homs"),
    ("Krak des Chevaliers", "Homs"),
    ("Dibsi Afnan", "Ar-Raqqa"),
    ("Al-Mashlab", "Ar-Raqqa"),
    ("Tell Shair", "Al-Hasakeh"),
    ("Tal Shair", "Al-Hasakeh"),
    ("Um al-Kaif", "Al-Hasakeh"),
    ("Tal Tawil", "Al-Hasakeh"),
    ("al-Dardara", "Al-Hasakeh"),
    ("Ghwayran prison", "Al-Hasakeh"),
    ("Al-Tanak oil field", "Deir-ez-Zor"),
    ("Ibta'", "Dar'a"),
    ("Umm Walad", "Dar'a"),
    ("Jubata al-Khashab", "Quneitra"),
    ("Kafr Sousa", "Damascus"),
    ("Mazzeh", "Damascus"),
    ("Ein Tarma", "Rural Damascus"),
    ("Jdeidat Artouz", "Rural Damascus"),
    ("Bloudan", "Rural Damascus"),
    ("Zur Maghar", "Aleppo"),
    ("Um Adasa", "Aleppo"),
    ("al-Hoshariyah", "Aleppo"),
    ("Qubtan al-Jabal", "Aleppo"),
    ("al-Dawudiya", "Al-Hasakeh"),
    ("Dawoudiya", "Al-Hasakeh"),
    ("al-Badu", "Ar-Raqqa"),
    ("al-Latwah", "Deir-ez-Zor"),
    ("Green Village base", "Deir-ez-Zor"),
    ("al-Hawaij", "Deir-ez-Zor"),
    ("al-Habit", "Idleb"),
    ("Jabal al-Amour", "Homs"),
    ("Tal Shenan", "Al-Hasakeh"),
    ("Hoshan", "Ar-Raqqa"),
    ("Mu'alaq", "Ar-Raqqa"),
    ("Kahil", "Dar'a"),
    ("Kharab al-Shahm", "Dar'a"),
    ("al-Nairab", "Idleb"),
    ("Nayrab military airbase", "Aleppo"),
    ("Kaljibrin", "Aleppo"),
    ("al-Mohsenli", "Aleppo"),
    ("Sheikh Hilal", "Hama"),
    ("al-Yaqoubiyah", "Idleb"),
])
def test_report_spellings_resolve_to_their_governorate(geocoder: Geocoder, name: str, governorate: str) -> None:
    result = geocoder.geocode(name)
    assert result.admin1 == governorate, (name, result.matched, result.admin1, result.reason)
    assert result.lat is not None and result.lon is not None


@pytest.mark.parametrize("name", ["Al-Latwah", "Al-Hawaij"])
def test_the_east_bank_villages_by_dhiban_lie_east_of_the_river(geocoder: Geocoder, name: str) -> None:
    village, dhiban, mayadin = geocoder.geocode(name), geocoder.geocode("Dhiban"), geocoder.geocode("Al-Mayadin")
    assert village.lat is not None and village.lon is not None and dhiban.lat is not None and dhiban.lon is not None
    assert mayadin.lon is not None and village.lon > mayadin.lon  # (the west bank's Mayadin faces Dhiban)
    assert abs(village.lat - dhiban.lat) < 0.06 and abs(village.lon - dhiban.lon) < 0.06, (village.lat, village.lon)
