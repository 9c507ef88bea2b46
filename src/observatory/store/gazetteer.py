"""Gazetteer tables (owned by observatory.geo): imported places and administrative boundaries.

``gazetteer_places`` holds what ``observatory gazetteer import`` read (GeoNames dumps, OCHA populated
places or capitals, generic place lists); ``admin_areas`` holds OCHA COD-AB polygons (admin0-3) as WKB.
The embedded default gazetteer is not stored: it is built in memory from packaged data.
"""

from __future__ import annotations

import hashlib
import json
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

from sqlalchemy import Column, Float, Index, Integer, LargeBinary, String, Table, Text, delete, select

from observatory.models import Place
from observatory.store.schema import metadata

if TYPE_CHECKING:
    from observatory.store import Store

gazetteer_places = Table(
    "gazetteer_places",
    metadata,
    Column("id", String(40), primary_key=True),  # sha1 of source, name and position
    Column("name", Text, nullable=False),
    Column("alternate_names", Text, nullable=False, default="[]"),  # JSON list, Latin and Arabic
    Column("feature_class", String(32), nullable=False),
    Column("lat", Float, nullable=False),
    Column("lon", Float, nullable=False),
    Column("admin1", Text),
    Column("admin1_pcode", String(16)),
    Column("admin2", Text),
    Column("admin2_pcode", String(16)),
    Column("admin3", Text),
    Column("admin3_pcode", String(16)),
    Column("source", Text, nullable=False),
    Column("external_id", Text),
    Column("population", Integer),
    Column("extra", Text),  # JSON of further columns (faction, date) a place list carried
    Index("ix_gazetteer_places_source", "source"),
)

admin_areas = Table(
    "admin_areas",
    metadata,
    Column("pcode", String(16), primary_key=True),
    Column("level", Integer, nullable=False),
    Column("name", Text, nullable=False),
    Column("name_ar", Text),
    Column("parent_pcode", String(16)),
    Column("geometry", LargeBinary, nullable=False),  # WKB
    Column("source", Text, nullable=False),
    Index("ix_admin_areas_level", "level"),
)

GAZETTEER_TABLES = (gazetteer_places, admin_areas)


@dataclass(frozen=True, slots=True)
class StoredArea:
    """An admin_areas row; observatory.geo.boundaries turns it into an AdminArea with a shapely geometry."""

    level: int
    name: str
    name_ar: str | None
    pcode: str
    parent_pcode: str | None
    wkb: bytes
    source: str


def place_id(place: Place) -> str:
    raw = f"{place.source}|{place.name}|{place.lat:.5f}|{place.lon:.5f}|{place.feature_class}"
    return hashlib.sha1(raw.encode("utf-8")).hexdigest()


def place_row(place: Place, extra: dict[str, str] | None = None) -> dict[str, Any]:
    return {
        "id": place_id(place), "name": place.name, "alternate_names": json.dumps(list(place.alternate_names),
                                                                                  ensure_ascii=False),
        "feature_class": place.feature_class, "lat": place.lat, "lon": place.lon,
        "admin1": place.admin1, "admin1_pcode": place.admin1_pcode, "admin2": place.admin2,
        "admin2_pcode": place.admin2_pcode, "admin3": place.admin3, "admin3_pcode": place.admin3_pcode,
        "source": place.source, "external_id": place.external_id, "population": place.population,
        "extra": json.dumps(extra, ensure_ascii=False) if extra else None,
    }


def add_places(store: Store, places: Iterable[tuple[Place, dict[str, str] | None]], inputs: str = "") -> int:
    """Store places (idempotent: the same place from the same source is added once); returns how many were new."""
    added = 0
    with store.batch("gazetteer-import", inputs) as (conn, _batch_id):
        chunk: list[dict[str, Any]] = []
        for place, extra in places:
            chunk.append(place_row(place, extra))
            if len(chunk) >= 2000:
                added += store.insert_ignore(conn, gazetteer_places, chunk)
                chunk = []
        added += store.insert_ignore(conn, gazetteer_places, chunk)
    return added


def add_areas(store: Store, areas: Sequence[StoredArea], inputs: str = "") -> int:
    """Store admin areas; an area whose p-code is stored already is replaced. Returns how many were written."""
    if not areas:
        return 0
    with store.batch("gazetteer-boundaries", inputs) as (conn, _batch_id):
        conn.execute(delete(admin_areas).where(admin_areas.c.pcode.in_([a.pcode for a in areas])))
        conn.execute(admin_areas.insert(), [
            {"pcode": a.pcode, "level": a.level, "name": a.name, "name_ar": a.name_ar,
             "parent_pcode": a.parent_pcode, "geometry": a.wkb, "source": a.source} for a in areas])
    return len(areas)


def read_places(store: Store) -> list[tuple[Place, dict[str, str]]]:
    """Every imported place with the extra columns it carried."""
    out: list[tuple[Place, dict[str, str]]] = []
    with store.engine.connect() as conn:
        for r in conn.execute(select(gazetteer_places)).mappings():
            place = Place(
                name=r["name"], lat=float(r["lat"]), lon=float(r["lon"]), feature_class=r["feature_class"],
                alternate_names=tuple(json.loads(r["alternate_names"] or "[]")), admin1=r["admin1"],
                admin1_pcode=r["admin1_pcode"], admin2=r["admin2"], admin2_pcode=r["admin2_pcode"],
                admin3=r["admin3"], admin3_pcode=r["admin3_pcode"], source=r["source"],
                external_id=r["external_id"], population=r["population"])
            out.append((place, json.loads(r["extra"]) if r["extra"] else {}))
    return out


def read_areas(store: Store, level: int | None = None) -> list[StoredArea]:
    query = select(admin_areas).order_by(admin_areas.c.pcode)
    if level is not None:
        query = query.where(admin_areas.c.level == level)
    with store.engine.connect() as conn:
        return [StoredArea(level=int(r["level"]), name=r["name"], name_ar=r["name_ar"], pcode=r["pcode"],
                           parent_pcode=r["parent_pcode"], wkb=bytes(r["geometry"]), source=r["source"])
                for r in conn.execute(query).mappings()]


def gazetteer_counts(store: Store) -> dict[str, int]:
    """How many imported places and admin areas per level the store holds."""
    from sqlalchemy import func

    with store.engine.connect() as conn:
        places = int(conn.execute(select(func.count()).select_from(gazetteer_places)).scalar_one())
        levels = conn.execute(select(admin_areas.c.level, func.count()).group_by(admin_areas.c.level)).all()
    counts = {"places": places}
    counts.update({f"admin{int(level)}": int(n) for level, n in levels})
    return counts
