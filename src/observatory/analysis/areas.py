"""Areas of activity in km², computed on the WGS84 ellipsoid.

``hull``: the convex hull of the event points. ``buffered``: the union of discs around each event, whose radius
is the event's location-precision radius (place 5 km, near a place 15 km, a region 40 km), convex-hulled with
the discs so that scattered attacks give one area. Optionally clipped to the country or a named region.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from typing import Any

import numpy as np
import shapely
from pyproj import Geod
from shapely.geometry import MultiPoint, Point, Polygon
from shapely.geometry.base import BaseGeometry

from observatory.errors import AnalysisError
from observatory.models import Event

GEOD = Geod(ellps="WGS84")
PRECISION_RADIUS_KM = {1: 5.0, 2: 15.0, 3: 40.0}
DEFAULT_RADIUS_KM = 10.0


@dataclass(frozen=True, slots=True)
class AreaResult:
    geometry: BaseGeometry  # lon/lat
    km2: float
    method: str
    events: int
    left_out: int  # events without coordinates

    def to_json(self) -> dict[str, Any]:
        return {"km2": round(self.km2, 1), "method": self.method, "events": self.events, "left_out": self.left_out,
                "geometry": shapely.geometry.mapping(self.geometry)}


def geodesic_km2(geom: BaseGeometry) -> float:
    """Area of a lon/lat geometry on the WGS84 ellipsoid, in km² (orientation-independent)."""
    if geom.is_empty:
        return 0.0
    area, _ = GEOD.geometry_area_perimeter(shapely.geometry.polygon.orient(geom) if isinstance(geom, Polygon)
                                           else geom)
    return abs(float(area)) / 1e6


def geodesic_disc(lon: float, lat: float, radius_km: float, n: int = 48) -> Polygon:
    """A polygon approximating the set of points within ``radius_km`` of (lon, lat), by forward geodesics."""
    az = np.linspace(0.0, 360.0, n, endpoint=False)
    lons, lats, _ = GEOD.fwd(np.full(n, lon), np.full(n, lat), az, np.full(n, radius_km * 1000.0))
    return Polygon(zip(lons, lats, strict=True))


def _points(events: Iterable[Event]) -> tuple[list[tuple[float, float, float]], int]:
    pts, missing = [], 0
    for e in events:
        loc = e.location
        if loc.lat is None or loc.lon is None:
            missing += 1
            continue
        radius = PRECISION_RADIUS_KM.get(int(loc.precision), DEFAULT_RADIUS_KM) if loc.precision else DEFAULT_RADIUS_KM
        pts.append((loc.lon, loc.lat, radius))
    return pts, missing


def area_of_points(points: list[tuple[float, float, float]], method: str = "hull",
                   clip: BaseGeometry | None = None) -> BaseGeometry:
    """The area geometry of (lon, lat, radius_km) points by the given method, clipped when asked."""
    if method not in ("hull", "buffered"):
        raise AnalysisError(f"unknown area method {method!r}", fix="use hull or buffered")
    if not points:
        return Polygon()
    if method == "hull":
        geom: BaseGeometry = MultiPoint([Point(x, y) for x, y, _ in points]).convex_hull
    else:
        discs = [geodesic_disc(x, y, r) for x, y, r in points]
        geom = shapely.union_all(discs).convex_hull
    if clip is not None:
        geom = geom.intersection(clip)
    return geom


def activity_area(events: Iterable[Event], method: str = "hull", clip: BaseGeometry | None = None) -> AreaResult:
    """Area in km² covered by events (convex hull, or buffered by location precision), optionally clipped."""
    pts, missing = _points(events)
    geom = area_of_points(pts, method, clip)
    return AreaResult(geometry=geom, km2=geodesic_km2(geom) if geom.geom_type in ("Polygon", "MultiPolygon",
                                                                                     "GeometryCollection") else 0.0,
                      method=method, events=len(pts), left_out=missing)
