"""Control ("power distribution"): dated snapshots of who holds which place, and faction areas in km².

Points (place, lat, lon, faction, date) become areas by Voronoi cells clipped to the country and dissolved by
faction; imported polygons of a date are used as they are. Areas are geodesic (WGS84).
"""

from __future__ import annotations

import csv
import json
from dataclasses import dataclass
from datetime import date
from pathlib import Path
from typing import Any

import shapely
from shapely.geometry import MultiPoint, shape
from shapely.geometry.base import BaseGeometry
from sqlalchemy import func, insert, select

from observatory.analysis.areas import geodesic_km2
from observatory.errors import AnalysisError, InputError
from observatory.store import Store
from observatory.store.analysis_tables import control_points, control_polygons


@dataclass(frozen=True, slots=True)
class FactionArea:
    faction: str
    geometry: BaseGeometry
    km2: float
    places: int


@dataclass(frozen=True, slots=True)
class ControlSnapshot:
    date: date | None  # the snapshot used (the latest on or before the date asked; None = undated points)
    areas: tuple[FactionArea, ...]
    method: str  # voronoi | polygons

    def to_json(self, *, geometry: bool = False) -> dict[str, Any]:
        total = sum(a.km2 for a in self.areas) or 1.0
        rows = []
        for a in self.areas:
            row: dict[str, Any] = {"faction": a.faction, "km2": round(a.km2), "share": round(a.km2 / total, 4),
                                   "places": a.places}
            if geometry:
                row["geometry"] = shapely.geometry.mapping(a.geometry)
            rows.append(row)
        return {"date": self.date.isoformat() if self.date else None, "method": self.method, "areas": rows}


@dataclass(frozen=True, slots=True)
class ImportResult:
    points: int
    polygons: int
    skipped: tuple[str, ...]


def country_geometry(store: Store | None) -> BaseGeometry:
    """The country outline from the geo package, or the union of the built-in halves of Syria."""
    try:
        from observatory.geo.boundaries import country_outline

        return country_outline(store)
    except ImportError:
        from observatory.analysis.regions import embedded_regions

        halves = [r.geometry for r in embedded_regions() if "Euphrates" in r.name]
        return shapely.union_all(halves)


def _parse_date(text: str | None, path: Path, line: int) -> date | None:
    if not text:
        return None
    try:
        return date.fromisoformat(text.strip()[:10])
    except ValueError:
        raise InputError(f"bad date {text!r}", path=str(path), line=line, fix="write dates as YYYY-MM-DD") from None


def _read_points(path: Path, on: date | None) -> tuple[list[dict[str, Any]], list[str]]:
    rows, skipped = [], []
    with path.open(encoding="utf-8", newline="") as fh:
        reader = csv.DictReader(fh)
        need = {"name", "lat", "lon", "faction"}
        if not need <= set(reader.fieldnames or ()):
            raise InputError(f"columns {sorted(need)} are required, found {reader.fieldnames}", path=str(path), line=1,
                             fix="write a header line: name,lat,lon,faction[,date]")
        for i, rec in enumerate(reader, 2):
            try:
                lat, lon = float(rec["lat"]), float(rec["lon"])
            except (TypeError, ValueError):
                skipped.append(f"{path}:{i}: bad coordinates {rec.get('lat')!r},{rec.get('lon')!r}")
                continue
            if not (-90 <= lat <= 90 and -180 <= lon <= 180) or not rec["faction"]:
                skipped.append(f"{path}:{i}: coordinates out of range or no faction")
                continue
            rows.append({"name": rec["name"], "lat": lat, "lon": lon, "faction": rec["faction"].strip().lower(),
                         "on_date": _parse_date(rec.get("date"), path, i) or on, "source": path.name})
    return rows, skipped


def _read_polygons(path: Path, on: date | None) -> list[dict[str, Any]]:
    try:
        data = json.loads(path.read_text(encoding="utf-8"))
    except (OSError, json.JSONDecodeError) as exc:
        raise InputError(f"cannot read GeoJSON: {exc}", path=str(path)) from exc
    out = []
    for i, feat in enumerate(data.get("features", []), 1):
        props = feat.get("properties") or {}
        if not props.get("faction"):
            raise InputError(f"feature {i} has no 'faction' property", path=str(path), fix="add faction to each feature")
        geom = shape(feat["geometry"])
        if geom.geom_type not in ("Polygon", "MultiPolygon"):
            raise InputError(f"feature {i} is a {geom.geom_type}, not a polygon", path=str(path))
        out.append({"faction": str(props["faction"]).lower(), "on_date": _parse_date(props.get("date"), path, i) or on,
                    "geometry": json.dumps(shapely.geometry.mapping(geom)), "source": path.name})
    return out


def import_control(store: Store, path: Path | str, *, on: date | None = None) -> ImportResult:
    """Import control points (CSV: name,lat,lon,faction[,date]) or polygons (GeoJSON with faction[, date])."""
    p = Path(path)
    if not p.is_file():
        raise InputError("no such file", path=str(p))
    if p.suffix.lower() in (".geojson", ".json"):
        polys = _read_polygons(p, on)
        with store.batch("control", inputs=str(p)) as (conn, _bid):
            conn.execute(insert(control_polygons), polys)
        return ImportResult(points=0, polygons=len(polys), skipped=())
    points, skipped = _read_points(p, on)
    if points:
        with store.batch("control", inputs=str(p)) as (conn, _bid):
            conn.execute(insert(control_points), points)
    return ImportResult(points=len(points), polygons=0, skipped=tuple(skipped))


def _snapshot_date(store: Store, table: Any, on: date) -> tuple[bool, date | None]:
    with store.engine.connect() as conn:
        latest = conn.execute(select(func.max(table.c.on_date)).where(table.c.on_date <= on)).scalar_one()
        if latest is not None:
            return True, date.fromisoformat(str(latest)[:10])
        undated = conn.execute(select(func.count()).select_from(table).where(table.c.on_date.is_(None))).scalar_one()
    return bool(undated), None


def voronoi_areas(points: list[tuple[float, float, str]], outline: BaseGeometry) -> list[FactionArea]:
    """Voronoi cells of (lon, lat, faction) points clipped to ``outline``, dissolved by faction."""
    unique: dict[tuple[float, float], str] = {}
    for lon, lat, faction in points:
        unique.setdefault((round(lon, 6), round(lat, 6)), faction)
    if len(unique) < 2:
        raise AnalysisError("at least two distinct control points are needed for areas")
    coords = list(unique)
    cells = shapely.voronoi_polygons(MultiPoint(coords), extend_to=outline.envelope.buffer(1.0), ordered=True)
    by_faction: dict[str, list[BaseGeometry]] = {}
    counts: dict[str, int] = {}
    for (x, y), cell in zip(coords, cells.geoms, strict=True):
        faction = unique[(x, y)]
        by_faction.setdefault(faction, []).append(cell)
        counts[faction] = counts.get(faction, 0) + 1
    out = []
    for faction, parts in sorted(by_faction.items()):
        geom = shapely.union_all(parts).intersection(outline)
        out.append(FactionArea(faction=faction, geometry=geom, km2=geodesic_km2(geom), places=counts[faction]))
    return sorted(out, key=lambda a: -a.km2)


def control_areas(store: Store, on: date, clip: BaseGeometry | None = None) -> ControlSnapshot:
    """Faction areas on a date: the latest polygons on or before it, else Voronoi cells of the latest points."""
    outline = country_geometry(store)
    if clip is not None:
        outline = outline.intersection(clip)
    has_polys, poly_date = _snapshot_date(store, control_polygons, on)
    if has_polys:
        cond = control_polygons.c.on_date == poly_date if poly_date else control_polygons.c.on_date.is_(None)
        with store.engine.connect() as conn:
            poly_rows = conn.execute(select(control_polygons).where(cond)).mappings().all()
        merged: dict[str, list[BaseGeometry]] = {}
        for r in poly_rows:
            merged.setdefault(r["faction"], []).append(shape(json.loads(r["geometry"])))
        areas = []
        for faction, parts in sorted(merged.items()):
            geom = shapely.union_all(parts).intersection(outline)
            areas.append(FactionArea(faction=faction, geometry=geom, km2=geodesic_km2(geom), places=len(parts)))
        return ControlSnapshot(date=poly_date, areas=tuple(sorted(areas, key=lambda a: -a.km2)), method="polygons")
    has_points, pt_date = _snapshot_date(store, control_points, on)
    if not has_points:
        raise AnalysisError(f"no control snapshot on or before {on}",
                            fix="import one with `observatory control --import FILE [--date D]`")
    cond = control_points.c.on_date == pt_date if pt_date else control_points.c.on_date.is_(None)
    with store.engine.connect() as conn:
        rows = conn.execute(select(control_points.c.lon, control_points.c.lat, control_points.c.faction)
                            .where(cond).order_by(control_points.c.id)).all()
    areas = voronoi_areas([(float(r[0]), float(r[1]), str(r[2])) for r in rows], outline)
    return ControlSnapshot(date=pt_date, areas=tuple(areas), method="voronoi")
