"""Administrative areas: OCHA COD-AB polygons imported by the user, and an embedded outline of Syria.

``load_admin_areas(store, level)`` reads what ``observatory gazetteer import --format ocha-boundaries``
stored. ``country_outline(store)`` is the imported admin0 polygon when there is one, else
:data:`SYRIA_OUTLINE`, an *approximate* border written for this project from known border points
(the Turkish border towns, the Iraqi border at Yarubiyah and Abu Kamal, the Jordanian tri-point, the
Yarmouk, Mount Hermon, the Lebanese border and the coast); it is good to a few kilometres, enough to tell
"in Syria" from "elsewhere", not to draw a precise map.

:class:`AdminIndex` assigns points to areas (vectorised point-in-polygon over an STRtree).
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

import numpy as np
import shapely
from shapely.geometry import MultiPolygon, Polygon
from shapely.geometry.base import BaseGeometry

if TYPE_CHECKING:
    from observatory.store import Store


@dataclass(frozen=True, slots=True)
class AdminArea:
    """One OCHA administrative area (level 0 country, 1 governorate, 2 district, 3 sub-district)."""

    level: int
    name: str
    pcode: str
    parent_pcode: str | None
    geometry: BaseGeometry
    name_ar: str | None = None


# (lon, lat) clockwise from the coast at the Turkish border; approximate (see the module doc).
SYRIA_OUTLINE_VERTICES: tuple[tuple[float, float], ...] = (
    (35.920, 35.925), (36.000, 35.960), (36.160, 35.820), (36.350, 35.990), (36.400, 36.210),
    (36.560, 36.220), (36.670, 36.230), (36.690, 36.300), (36.660, 36.500), (36.560, 36.650),
    (36.600, 36.830), (36.800, 36.810), (37.050, 36.640), (37.300, 36.660), (37.600, 36.720),
    (38.010, 36.840), (38.350, 36.890), (38.700, 36.720), (38.950, 36.700), (39.300, 36.710),
    (39.800, 36.770), (40.070, 36.850), (40.500, 36.950), (40.950, 37.060), (41.220, 37.070),
    (41.550, 37.080), (41.900, 37.120), (42.200, 37.280), (42.360, 37.110), (42.100, 36.850),
    (41.800, 36.600), (41.400, 36.500), (41.290, 36.350), (41.250, 35.950), (41.300, 35.650),
    (41.200, 35.300), (41.000, 34.600), (40.990, 34.420), (40.000, 34.000), (39.200, 33.600),
    (38.790, 33.370), (38.100, 32.980), (37.100, 32.500), (36.840, 32.310), (36.400, 32.380),
    (36.080, 32.520), (35.900, 32.710), (35.640, 32.690), (35.790, 32.950), (35.820, 33.200),
    (35.850, 33.420), (36.000, 33.580), (36.060, 33.800), (36.380, 33.830), (36.420, 34.000),
    (36.620, 34.200), (36.550, 34.400), (36.450, 34.550), (36.350, 34.640), (35.970, 34.640),
    (35.880, 34.900), (35.900, 35.100), (35.940, 35.200), (35.920, 35.370), (35.780, 35.500),
    (35.740, 35.580), (35.800, 35.750), (35.840, 35.850),
)

SYRIA_OUTLINE: Polygon = Polygon(SYRIA_OUTLINE_VERTICES)


def load_admin_areas(store: Store | None, level: int) -> list[AdminArea]:
    """The imported OCHA areas of one level ([] when none were imported or store is None)."""
    if store is None:
        return []
    from observatory.store.gazetteer import read_areas

    return [AdminArea(level=a.level, name=a.name, pcode=a.pcode, parent_pcode=a.parent_pcode,
                      geometry=shapely.from_wkb(a.wkb), name_ar=a.name_ar)
            for a in read_areas(store, level)]


def country_outline(store: Store | None = None) -> Polygon | MultiPolygon:
    """Syria's border: the imported admin0 polygon when present, else the embedded approximation."""
    areas = load_admin_areas(store, 0)
    if areas:
        geom = shapely.union_all([a.geometry for a in areas])
        if isinstance(geom, (Polygon, MultiPolygon)):
            return geom
    return SYRIA_OUTLINE


class AdminIndex:
    """Point-in-polygon over the areas of one level: ``locate`` for one point, ``locate_many`` for arrays."""

    def __init__(self, areas: Sequence[AdminArea]) -> None:
        self.areas = list(areas)
        self._geoms = np.array([a.geometry for a in self.areas], dtype=object)
        for geom in self._geoms:
            shapely.prepare(geom)
        self._tree = shapely.STRtree(self._geoms)

    def __len__(self) -> int:
        return len(self.areas)

    def locate(self, lat: float, lon: float) -> AdminArea | None:
        """The area containing the point (its border included), or None."""
        point = shapely.points(lon, lat)
        for i in self._tree.query(point, predicate="intersects"):
            return self.areas[int(i)]
        return None

    def locate_many(self, lats: Any, lons: Any) -> list[AdminArea | None]:
        """Vectorised :meth:`locate` (borders included): each prepared polygon tests the points in its bounding box."""
        lat_arr = np.asarray(lats, dtype=float)
        lon_arr = np.asarray(lons, dtype=float)
        owner = np.full(len(lat_arr), -1, dtype=np.int64)
        for i, geom in enumerate(self._geoms):
            xmin, ymin, xmax, ymax = geom.bounds
            cand = np.flatnonzero((owner < 0) & (lon_arr >= xmin) & (lon_arr <= xmax)
                                  & (lat_arr >= ymin) & (lat_arr <= ymax))
            if len(cand):
                owner[cand[shapely.intersects_xy(geom, lon_arr[cand], lat_arr[cand])]] = i
        return [self.areas[i] if i >= 0 else None for i in owner.tolist()]

    def nearest(self, lat: float, lon: float, max_degrees: float = 0.1) -> AdminArea | None:
        """The closest area within max_degrees (for points just off a coastline or border)."""
        point = shapely.points(lon, lat)
        idx = self._tree.query_nearest(point, max_distance=max_degrees)
        return self.areas[int(idx[0])] if len(idx) else None
