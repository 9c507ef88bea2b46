"""Named regions: the built-in ones (Syrian Desert/Badia, east and west of the Euphrates), governorates and
districts from the boundaries, and regions users add (stored in the database, which takes precedence)."""

from __future__ import annotations

import json
from dataclasses import dataclass
from importlib import resources
from pathlib import Path
from typing import Any

import numpy as np
import shapely
from shapely.geometry import shape
from shapely.geometry.base import BaseGeometry
from sqlalchemy import delete, insert, select

from observatory.analysis.areas import GEOD, geodesic_km2
from observatory.errors import AnalysisError, InputError
from observatory.store import Store
from observatory.store.analysis_tables import regions


@dataclass(frozen=True, slots=True)
class Region:
    name: str
    kind: str
    geometry: BaseGeometry
    source: str
    aliases: tuple[str, ...] = ()

    @property
    def km2(self) -> float:
        return geodesic_km2(self.geometry)


def _norm(name: str) -> str:
    return " ".join(name.lower().replace("-", " ").replace("_", " ").split())


def embedded_regions() -> list[Region]:
    text = resources.files("observatory").joinpath("data/regions.geojson").read_text(encoding="utf-8")
    return [Region(name=f["properties"]["name"], kind=f["properties"].get("kind", "region"),
                   geometry=shape(f["geometry"]), source="built-in",
                   aliases=tuple(f["properties"].get("aliases", ())))
            for f in json.loads(text)["features"]]


def stored_regions(store: Store) -> list[Region]:
    with store.engine.connect() as conn:
        rows = conn.execute(select(regions).order_by(regions.c.name)).mappings().all()
    return [Region(name=r["name"], kind=r["kind"], geometry=shape(json.loads(r["geometry"])), source=r["source"] or "user")
            for r in rows]


def admin_regions(store: Store | None) -> list[Region]:
    """Governorates and districts from the geo package, when it is there (empty otherwise)."""
    try:
        from observatory.geo.boundaries import load_admin_areas
    except ImportError:
        return []
    out: list[Region] = []
    for level, kind in ((1, "governorate"), (2, "district")):
        try:
            areas = load_admin_areas(store, level)
        except Exception:  # noqa: BLE001 - boundaries are optional here; a broken import must not stop tallies
            continue
        out.extend(Region(name=a.name, kind=kind, geometry=a.geometry, source="boundaries") for a in areas)
    return out


def _clipped_builtins(store: Store | None) -> list[Region]:
    """The built-in regions cut to the country outline (theirs are drawn to 10-20 km)."""
    try:
        from observatory.geo.boundaries import country_outline

        outline = country_outline(store)
    except ImportError:
        return embedded_regions()
    return [Region(name=r.name, kind=r.kind, geometry=r.geometry.intersection(outline), source=r.source,
                   aliases=r.aliases) for r in embedded_regions()]


def all_regions(store: Store | None) -> list[Region]:
    found = (stored_regions(store) if store is not None else []) + _clipped_builtins(store) + admin_regions(store)
    seen: set[str] = set()
    out = []
    for r in found:
        if _norm(r.name) not in seen:
            seen.add(_norm(r.name))
            out.append(r)
    return out


def find_region(store: Store | None, name: str) -> Region:
    want = _norm(name)
    candidates = all_regions(store)
    for r in candidates:
        if want == _norm(r.name) or want in {_norm(a) for a in r.aliases}:
            return r
    names = ", ".join(r.name for r in candidates[:20])
    raise AnalysisError(f"no region named {name!r}", fix=f"use one of: {names} (or add it with `observatory regions add`)")


def region_geometry(store: Store | None, name: str) -> BaseGeometry:
    return find_region(store, name).geometry


def save_region(store: Store, name: str, geometry: BaseGeometry, *, kind: str = "custom", source: str = "user",
                note: str | None = None) -> Region:
    """Add or replace a named region (lon/lat polygon)."""
    if geometry.is_empty or geometry.geom_type not in ("Polygon", "MultiPolygon"):
        raise InputError(f"region {name!r} must be a polygon or multipolygon, got {geometry.geom_type}")
    if not geometry.is_valid:
        geometry = shapely.make_valid(geometry)
    with store.batch("region", inputs=name) as (conn, _bid):
        conn.execute(delete(regions).where(regions.c.name == name))
        conn.execute(insert(regions).values(name=name, kind=kind, geometry=json.dumps(shapely.geometry.mapping(geometry)),
                                            source=source, note=note))
    return Region(name=name, kind=kind, geometry=geometry, source=source)


def import_regions(store: Store, path: Path, *, name_property: str = "name") -> list[Region]:
    """Add every polygon feature of a GeoJSON file as a region named by ``name_property``."""
    try:
        data: dict[str, Any] = json.loads(path.read_text(encoding="utf-8"))
    except (OSError, json.JSONDecodeError) as exc:
        raise InputError(f"cannot read GeoJSON: {exc}", path=str(path)) from exc
    feats = data.get("features", [data] if data.get("type") == "Feature" else [])
    out = []
    for i, feat in enumerate(feats, 1):
        name = (feat.get("properties") or {}).get(name_property)
        if not name:
            raise InputError(f"feature {i} has no {name_property!r} property", path=str(path),
                             fix="give each feature a name, or pass --name-property")
        out.append(save_region(store, str(name), shape(feat["geometry"]), source=path.name))
    return out


def resolve_point(store: Store | None, text: str) -> tuple[float, float]:
    """(lon, lat) of 'LAT,LON', of a place the geocoder knows, or of a region's centroid."""
    parts = text.split(",")
    if len(parts) == 2:
        try:
            lat, lon = float(parts[0]), float(parts[1])
            return lon, lat
        except ValueError:
            pass
    try:
        from observatory.geo import Geocoder  # type: ignore[attr-defined]

        geocoder = Geocoder.from_store(store) if store is not None else Geocoder.default()
        found = geocoder.geocode(text)
        if found.lon is not None and found.lat is not None:
            return float(found.lon), float(found.lat)
    except ImportError:
        pass
    try:
        c = region_geometry(store, text).centroid
        return float(c.x), float(c.y)
    except AnalysisError:
        raise AnalysisError(f"cannot locate {text!r}", fix="give LAT,LON (e.g. 34.55,38.27) or a known place") from None


def points_within(lon: np.ndarray, lat: np.ndarray, plon: float, plat: float, km: float) -> np.ndarray:
    """Which points lie within ``km`` (geodesic) of (plon, plat)."""
    if len(lon) == 0:
        return np.zeros(0, dtype=bool)
    _, _, dist = GEOD.inv(np.full(len(lon), plon), np.full(len(lat), plat), lon, lat)
    return np.asarray(dist) <= km * 1000.0


def regions_table(store: Store | None) -> list[dict[str, Any]]:
    return [{"name": r.name, "kind": r.kind, "source": r.source, "km2": round(r.km2), "aliases": ", ".join(r.aliases)}
            for r in all_regions(store)]


