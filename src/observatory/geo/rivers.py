"""Rivers used for relative locations ("the west bank of the Euphrates") and maps.

The course below is an approximation written for this project from the positions of towns on the river
(Jarabulus, Tishrin Dam, Lake Assad and the Tabqa Dam, Raqqa, Maadan, Deir ez-Zor, al-Mayadin,
al-Asharah, Abu Kamal); it is within a few kilometres of the real channel, not a survey line. Users who
need the exact channel can draw it from Natural Earth or OSM data.
"""

from __future__ import annotations

from functools import lru_cache

from shapely.geometry import LineString, Point

# (lon, lat), upstream (Turkish border) to downstream (Iraqi border)
_EUPHRATES: tuple[tuple[float, float], ...] = (
    (38.010, 36.835),  # Jarabulus, where the river enters Syria
    (38.050, 36.700),
    (38.150, 36.560),  # Qara Qozak
    (38.180, 36.380),  # Tishrin Dam
    (38.200, 36.250),
    (38.170, 36.100),  # Lake Assad, northern arm
    (38.150, 35.990),  # Lake Assad near Maskanah
    (38.350, 35.930),
    (38.550, 35.870),  # Tabqa Dam (al-Thawrah)
    (38.800, 35.900),
    (39.010, 35.940),  # Raqqa
    (39.300, 35.840),
    (39.650, 35.730),  # Maadan
    (39.900, 35.500),
    (40.140, 35.340),  # Deir ez-Zor
    (40.320, 35.180),  # al-Muhassan / Buqrus reach
    (40.450, 35.020),  # al-Mayadin
    (40.620, 34.880),  # al-Asharah
    (40.780, 34.680),
    (40.920, 34.460),  # Abu Kamal
    (40.985, 34.415),  # the Iraqi border
)


@lru_cache(maxsize=1)
def euphrates_line() -> LineString:
    """An approximate course of the Euphrates in Syria (lon/lat, upstream first; see the module doc)."""
    return LineString(_EUPHRATES)


def bank_of(lat: float, lon: float) -> str | None:
    """Which bank of the Euphrates a point lies on: "west" (right, the Shamiyah side) or "east" (left, the
    Jazirah side); None when the point is more than about 60 km from the river."""
    line = euphrates_line()
    point = Point(lon, lat)
    if line.distance(point) > 0.6:
        return None
    along = line.project(point)
    ahead = line.interpolate(min(along + 0.01, line.length))
    behind = line.interpolate(max(along - 0.01, 0.0))
    dx, dy = ahead.x - behind.x, ahead.y - behind.y
    cross = dx * (lat - behind.y) - dy * (lon - behind.x)
    # facing downstream, the right bank is on the right (cross < 0): the south/west bank
    return "west" if cross < 0 else "east"
