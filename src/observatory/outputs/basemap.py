"""What the maps are drawn on: country and governorate outlines, the Euphrates, towns, control areas.

Layers come from the geo package (the imported OCHA boundaries, else its embedded approximate outline)
and the analysis package (control snapshots, the area of activity). Each layer says where it came from,
so that a map never passes an approximation off as survey data.
"""

from __future__ import annotations

import logging
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date
from typing import Any

from shapely.geometry.base import BaseGeometry

from observatory.errors import ObservatoryError
from observatory.store import Store

log = logging.getLogger(__name__)


@dataclass(frozen=True, slots=True)
class Area:
    """A named polygon: an admin area, a control area or the area of activity."""

    name: str
    geometry: BaseGeometry
    km2: float
    kind: str = "admin1"  # admin0, admin1, control, activity
    source: str = "embedded"


@dataclass(frozen=True, slots=True)
class Town:
    name: str
    name_ar: str
    lat: float
    lon: float
    rank: int  # 1 = governorate capital or major city, 2 = town


@dataclass(frozen=True, slots=True)
class BaseLayers:
    country: Area
    governorates: tuple[Area, ...]
    river: BaseGeometry | None
    river_source: str
    towns: tuple[Town, ...]
    control: tuple[Area, ...]
    control_note: str


#: Governorate seats and other towns labelled on the maps (coordinates of the town centres).
_TOWNS: tuple[Town, ...] = (
    Town("Damascus", "دمشق", 33.513, 36.292, 1), Town("Aleppo", "حلب", 36.202, 37.134, 1),
    Town("Homs", "حمص", 34.733, 36.717, 1), Town("Hama", "حماة", 35.131, 36.757, 1),
    Town("Latakia", "اللاذقية", 35.532, 35.791, 1), Town("Tartus", "طرطوس", 34.889, 35.887, 1),
    Town("Idlib", "إدلب", 35.931, 36.634, 1), Town("Raqqa", "الرقة", 35.952, 39.009, 1),
    Town("Deir ez-Zor", "دير الزور", 35.336, 40.141, 1), Town("Al-Hasakah", "الحسكة", 36.507, 40.742, 1),
    Town("Qamishli", "القامشلي", 37.052, 41.231, 1), Town("Daraa", "درعا", 32.618, 36.102, 1),
    Town("As-Suwayda", "السويداء", 32.709, 36.566, 1), Town("Quneitra", "القنيطرة", 33.126, 35.824, 1),
    Town("Palmyra", "تدمر", 34.551, 38.269, 1), Town("Al-Mayadin", "الميادين", 35.019, 40.452, 2),
    Town("Abu Kamal", "البوكمال", 34.452, 40.918, 2), Town("Al-Sukhnah", "السخنة", 34.887, 38.873, 2),
    Town("Manbij", "منبج", 36.528, 37.955, 2), Town("Al-Bab", "الباب", 36.370, 37.517, 2),
    Town("Jarabulus", "جرابلس", 36.817, 38.011, 2), Town("Kobani", "عين العرب", 36.891, 38.354, 2),
    Town("Tabqa", "الطبقة", 35.836, 38.548, 2), Town("Al-Qaryatayn", "القريتين", 34.229, 37.240, 2),
    Town("Tell Abyad", "تل أبيض", 36.697, 38.957, 2), Town("Ras al-Ayn", "رأس العين", 36.850, 40.070, 2),
    Town("Afrin", "عفرين", 36.512, 36.869, 2), Town("Azaz", "أعزاز", 36.586, 37.045, 2),
    Town("Maarat al-Numan", "معرة النعمان", 35.645, 36.674, 2), Town("Salamiyah", "السلمية", 35.011, 37.053, 2),
    Town("Al-Tanf", "التنف", 33.500, 38.660, 2), Town("Douma", "دوما", 33.572, 36.402, 2),
    Town("An-Nabk", "النبك", 34.024, 36.728, 2), Town("Jableh", "جبلة", 35.361, 35.925, 2),
    Town("Baniyas", "بانياس", 35.182, 35.940, 2), Town("Khan Shaykhun", "خان شيخون", 35.441, 36.651, 2),
)


def km2_of(geometry: BaseGeometry) -> float:
    """Geodesic area in km² (WGS84 ellipsoid)."""
    if geometry.is_empty:
        return 0.0
    from pyproj import Geod

    area, _perimeter = Geod(ellps="WGS84").geometry_area_perimeter(geometry)
    return abs(area) / 1e6


def towns() -> tuple[Town, ...]:
    return _TOWNS


def country_area(store: Store | None) -> Area:
    from observatory.geo.boundaries import country_outline, load_admin_areas

    geometry = country_outline(store)
    imported = bool(store is not None and load_admin_areas(store, 0))
    source = "imported OCHA boundaries" if imported else "embedded approximate outline"
    return Area("Syria", geometry, km2_of(geometry), kind="admin0", source=source)


def governorate_areas(store: Store | None) -> tuple[Area, ...]:
    """Imported OCHA governorates (none until the user imports boundaries)."""
    from observatory.geo.boundaries import load_admin_areas

    return tuple(Area(a.name, a.geometry, km2_of(a.geometry), kind="admin1", source="imported OCHA boundaries")
                 for a in load_admin_areas(store, 1))


def river_line() -> tuple[BaseGeometry, str]:
    from observatory.geo.rivers import euphrates_line

    return euphrates_line(), "approximate course (geo.rivers)"


def control_layer(store: Store | None, on: date | None) -> tuple[tuple[Area, ...], str]:
    """Faction control areas on a date, and a note saying where they came from (or why there are none)."""
    from observatory.analysis.control import control_areas

    if store is None:
        return (), "no control data available"
    try:
        snapshot = control_areas(store, on=on or date.today())
    except ObservatoryError as exc:
        return (), f"no control areas: {exc.message}"
    areas = tuple(Area(fa.faction, fa.geometry, fa.km2, kind="control", source="analysis.control")
                  for fa in snapshot.areas if not fa.geometry.is_empty)
    taken = snapshot.date
    how = " (Voronoi cells of imported control places)" if snapshot.method == "voronoi" else ""
    note = f"control snapshot of {taken.isoformat() if taken else 'undated'}{how}"
    return areas, note if areas else "no control areas for this date"


def activity_area(points: Any, events: Sequence[Any] = (),
                  clip: BaseGeometry | None = None) -> Area | None:
    """The outline of where the events happened (inside ``clip``), from the analysis package when it is there."""
    if len(points) == 0:
        return None
    if events:
        from observatory.analysis.areas import activity_area as compute

        try:
            result = compute(list(events), clip=clip)
        except ObservatoryError as exc:
            log.warning("activity area from analysis failed (%s); using a buffered hull", exc)
        else:
            if not result.geometry.is_empty:
                return Area("Area of activity", result.geometry, result.km2, kind="activity",
                            source=f"analysis.areas ({result.method} of {result.events} located events)")
    import numpy as np
    import shapely

    hull = shapely.multipoints(np.asarray(points, dtype=float).reshape(-1, 2)).convex_hull.buffer(0.05)
    if clip is not None:
        hull = hull.intersection(clip)
    return Area("Area of activity", hull, km2_of(hull), kind="activity",
                source="convex hull of the located events, 5 km margin")


def build_layers(store: Store | None, on: date | None) -> BaseLayers:
    river, river_source = river_line()
    control, note = control_layer(store, on)
    return BaseLayers(country=country_area(store), governorates=governorate_areas(store), river=river,
                      river_source=river_source, towns=towns(), control=control, control_note=note)
