"""Gazetteer importers: GeoNames dumps, OCHA COD-AB boundaries and capitals, generic place lists.

``import_path(store, path, fmt)`` detects the format when ``fmt`` is None:

* ``geonames``: GeoNames' tab-separated dump (SY.txt, 19 columns; a .zip holding it works too);
* ``ocha-boundaries``: OCHA COD-AB GeoJSON or shapefile (admin0-3 polygons with adm*_pcode attributes;
  a points layer such as the admin capitals is stored as places);
* ``places``: CSV, GeoJSON points or JSONL with a name and lat/lon (many column spellings are accepted);
  columns beyond those (faction, date, notes) are kept with each place for later use (control areas).

Bad rows are skipped and counted per file (with the first few line numbers); a file that cannot be read at
all raises :class:`InputError`.
"""

from __future__ import annotations

import csv
import io
import json
import zipfile
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING, Any

import shapely
from shapely.geometry import shape
from shapely.geometry.base import BaseGeometry

from observatory.errors import InputError
from observatory.geo.admin import canonical_admin1
from observatory.models import Place
from observatory.store.gazetteer import StoredArea, add_areas, add_places

if TYPE_CHECKING:
    from observatory.store import Store

FORMATS = ("geonames", "ocha-boundaries", "places")

# GeoNames feature codes → our feature classes (codes not listed are skipped: hotels, schools, ...)
_GEONAMES_CODES = {
    "PPLC": "capital", "PPLA": "city", "PPLA2": "town", "PPLA3": "town", "PPLA4": "village", "PPL": "village",
    "PPLX": "area", "PPLL": "village", "PPLQ": "village", "PPLF": "village", "PPLS": "village",
    "MT": "mountain", "MTS": "mountain", "HLL": "hill", "HLLS": "hill", "PK": "mountain", "RDGE": "mountain",
    "DSRT": "desert", "PLN": "area", "PLAT": "area", "AREA": "area", "RGN": "area", "VAL": "area", "WAD": "area",
    "OILF": "field", "GASF": "field", "OILW": "field", "AIRB": "base", "AIRF": "base", "AIRP": "base",
    "MILB": "base", "INSM": "base", "PS": "station", "PMPO": "station", "PMPW": "station", "CMP": "camp",
    "CMPRF": "camp", "DAM": "dam", "RSV": "lake", "LK": "lake", "STM": "river", "BDG": "bridge",
    "ADM2": "admin2", "ADM3": "admin3", "CSTM": "checkpoint", "PSTB": "checkpoint", "RUIN": "area",
    "ANS": "area", "OAS": "area", "WLL": "area", "SPNG": "area",
}

_PLACE_TYPES = {
    "place": "village", "hill": "hill", "military_base": "base", "airbase": "base", "heliport": "base",
    "naval_base": "base", "industrial_site": "area", "oil_gas_facility": "field", "dam": "dam",
    "border_crossing_icon": "checkpoint", "inset_map": "city", "city": "city", "town": "town", "village": "village",
    "mountain": "mountain", "desert": "desert", "base": "base", "station": "station", "field": "field",
    "checkpoint": "checkpoint", "camp": "camp", "populated": "populated", "hamlet": "village", "area": "area",
}

_NAME_COLS = ("name", "name_en", "featurename", "placename", "place", "admin4name_en", "toponym", "location")
_LAT_COLS = ("lat", "latitude", "y", "y_coord", "lat_y")
_LON_COLS = ("lon", "lng", "long", "longitude", "x", "x_coord", "lon_x")
_ALT_COLS = ("alternate_names", "alternatenames", "alt_names", "aliases", "name_ar", "name_1", "name_2", "name_3",
             "admin4name_ar", "arabic", "name_local")
_CLASS_COLS = ("feature_class", "feature_type", "type", "class", "fclass")


@dataclass
class ImportSummary:
    """What one file brought in."""

    path: str
    fmt: str
    seen: int = 0
    added: int = 0
    areas: int = 0
    skipped: int = 0
    skipped_lines: list[int] = field(default_factory=list)

    def skip(self, line: int) -> None:
        self.skipped += 1
        if len(self.skipped_lines) < 5:
            self.skipped_lines.append(line)

    def describe(self) -> str:
        parts = [f"{self.path} ({self.fmt}): {self.seen} places read, {self.added} new"]
        if self.areas:
            parts.append(f"{self.areas} admin areas stored")
        if self.skipped:
            lines = ", ".join(str(n) for n in self.skipped_lines)
            parts.append(f"{self.skipped} rows skipped (lines or features {lines}{', ...' if self.skipped > 5 else ''})")
        return "; ".join(parts)


def import_path(store: Store, path: Path, fmt: str | None = None, *, source: str | None = None) -> ImportSummary:
    """Import one file into the store's gazetteer (see the module doc)."""
    if not path.is_file():
        raise InputError("no such file", path=str(path), fix="give the path of a GeoNames, OCHA or place-list file")
    fmt = fmt or detect_format(path)
    if fmt not in FORMATS:
        raise InputError(f"unknown format {fmt!r}", path=str(path), fix=f"use one of {', '.join(FORMATS)}")
    label = source or path.name
    summary = ImportSummary(path=str(path), fmt=fmt)
    if fmt == "geonames":
        places = list(_geonames_rows(path, label, summary))
        summary.added = add_places(store, ((p, None) for p in places), str(path))
    elif fmt == "ocha-boundaries":
        areas, points = _ocha(path, label, summary)
        summary.areas = add_areas(store, areas, str(path))
        area_places = [(_area_place(a, label), None) for a in areas if a.level >= 2]
        summary.added = add_places(store, [*points, *area_places], str(path))
    else:
        summary.added = add_places(store, list(_place_rows(path, label, summary)), str(path))
    return summary


def detect_format(path: Path) -> str:
    """Guess a file's format from its name and first bytes."""
    suffix = path.suffix.lower()
    if suffix in (".shp", ".zip") and _zip_member(path, (".shp",)) is not None or suffix == ".shp":
        return "ocha-boundaries"
    if suffix == ".zip":
        return "geonames" if _zip_member(path, (".txt",)) is not None else "places"
    head = path.read_bytes()[:4096].decode("utf-8", errors="replace")
    first = head.splitlines()[0] if head.strip() else ""
    if suffix in (".txt", ".tsv") and first.count("\t") >= 14:
        return "geonames"
    if suffix in (".geojson", ".json") or head.lstrip().startswith("{"):
        lowered = head.lower()
        if '"featurecollection"' in lowered and ("adm1_pcode" in lowered or "adm2_pcode" in lowered
                                                 or "adm0_pcode" in lowered and "polygon" in lowered):
            return "ocha-boundaries"
    return "places"


def _zip_member(path: Path, suffixes: tuple[str, ...]) -> str | None:
    if path.suffix.lower() != ".zip" or not zipfile.is_zipfile(path):
        return None
    with zipfile.ZipFile(path) as zf:
        names = [n for n in zf.namelist() if n.lower().endswith(suffixes) and "readme" not in n.lower()]
    return sorted(names, key=len)[0] if names else None


# -- GeoNames -----------------------------------------------------------------------------------------------------

def _geonames_text(path: Path) -> Iterator[str]:
    member = _zip_member(path, (".txt",))
    if member is not None:
        with zipfile.ZipFile(path) as zf, zf.open(member) as raw:
            yield from io.TextIOWrapper(raw, encoding="utf-8")
        return
    with open(path, encoding="utf-8") as fh:
        yield from fh


def _geonames_rows(path: Path, label: str, summary: ImportSummary) -> Iterator[Place]:
    from observatory.geo.admin import BY_GEONAMES

    for number, line in enumerate(_geonames_text(path), 1):
        cols = line.rstrip("\n").split("\t")
        if len(cols) < 15:
            if line.strip():
                summary.skip(number)
            continue
        cls = _GEONAMES_CODES.get(cols[7])
        if cls is None or (cols[8] and cols[8] != "SY"):
            continue
        try:
            lat, lon = float(cols[4]), float(cols[5])
            population = int(cols[14] or 0)
        except ValueError:
            summary.skip(number)
            continue
        summary.seen += 1
        gov = BY_GEONAMES.get(cols[10])
        if cls == "village" and population >= 50_000:
            cls = "city"
        elif cls == "village" and population >= 5_000:
            cls = "town"
        alternates = tuple(a for a in {cols[2], *cols[3].split(",")} if a and a != cols[1] and len(a) <= 80)
        yield Place(name=cols[1], lat=lat, lon=lon, feature_class=cls, alternate_names=alternates,
                    admin1=gov.name if gov else None, admin1_pcode=gov.pcode if gov else None,
                    source=f"geonames: {label}", external_id=cols[0], population=population or None)


# -- OCHA COD-AB --------------------------------------------------------------------------------------------------

def _features(path: Path) -> Iterator[tuple[dict[str, Any], BaseGeometry | None]]:
    """(properties, geometry) of a GeoJSON file or a shapefile (plain or zipped)."""
    if path.suffix.lower() in (".shp", ".zip"):
        yield from _shapefile_features(path)
        return
    try:
        data = json.loads(path.read_text(encoding="utf-8"))
    except (OSError, UnicodeDecodeError, json.JSONDecodeError) as exc:
        raise InputError(f"not a readable GeoJSON file ({exc})", path=str(path),
                         fix="export the layer as GeoJSON (RFC 7946) or give the shapefile") from exc
    features = data.get("features") if isinstance(data, dict) else None
    if not isinstance(features, list):
        raise InputError("no 'features' list: not a GeoJSON FeatureCollection", path=str(path),
                         fix="give a FeatureCollection")
    for feat in features:
        props = feat.get("properties") or {}
        geom = feat.get("geometry")
        try:
            yield props, shape(geom) if geom else None
        except (ValueError, TypeError, AttributeError, shapely.errors.GEOSException):
            yield props, None


def _shapefile_features(path: Path) -> Iterator[tuple[dict[str, Any], BaseGeometry | None]]:
    import shapefile  # pyshp

    try:
        if path.suffix.lower() == ".zip":
            member = _zip_member(path, (".shp",))
            if member is None:
                raise InputError("the zip holds no .shp file", path=str(path), fix="give the zipped shapefile layer")
            with zipfile.ZipFile(path) as zf:
                stem = member[:-4]
                parts = {ext: io.BytesIO(zf.read(stem + ext)) for ext in (".shp", ".dbf", ".shx")
                         if stem + ext in zf.namelist()}
            reader = shapefile.Reader(shp=parts.get(".shp"), dbf=parts.get(".dbf"), shx=parts.get(".shx"))
        else:
            reader = shapefile.Reader(str(path))
        with reader:
            for sr in reader.iterShapeRecords():
                geo = sr.shape.__geo_interface__
                yield sr.record.as_dict(), shape(geo) if geo.get("coordinates") else None
    except shapefile.ShapefileException as exc:
        raise InputError(f"not a readable shapefile ({exc})", path=str(path),
                         fix="keep the .shp, .shx and .dbf files together") from exc


def _prop(props: dict[str, Any], *names: str) -> str | None:
    lowered = {k.lower(): v for k, v in props.items()}
    for name in names:
        value = lowered.get(name.lower())
        if value not in (None, ""):
            return str(value).strip()
    return None


def _level_of(props: dict[str, Any]) -> int | None:
    for level in (4, 3, 2, 1, 0):
        if _prop(props, f"adm{level}_pcode", f"admin{level}pcode", f"ADM{level}_PCODE"):
            return level
    return None


def _ocha(path: Path, label: str, summary: ImportSummary) -> tuple[list[StoredArea], list[tuple[Place, None]]]:
    areas: list[StoredArea] = []
    points: list[tuple[Place, None]] = []
    for number, (props, geom) in enumerate(_features(path), 1):
        if geom is None or geom.is_empty:
            summary.skip(number)
            continue
        if geom.geom_type in ("Point", "MultiPoint"):
            place = _capital_place(props, geom, label)
            if place is None:
                summary.skip(number)
            else:
                summary.seen += 1
                points.append((place, None))
            continue
        area = _stored_area(props, geom, label)
        if area is None:
            summary.skip(number)
        else:
            areas.append(area)
    return areas, points


def _stored_area(props: dict[str, Any], geom: BaseGeometry, label: str) -> StoredArea | None:
    level = _level_of(props)
    if level is None:
        return None
    pcode = _prop(props, f"adm{level}_pcode", f"admin{level}pcode")
    name = _prop(props, f"adm{level}_name", f"adm{level}_en", f"admin{level}name_en", f"adm{level}_ref_n")
    if pcode is None or name is None:
        return None
    parent = _prop(props, f"adm{level - 1}_pcode", f"admin{level - 1}pcode") if level > 0 else None
    name_ar = _prop(props, f"adm{level}_name1", f"adm{level}_ar", f"admin{level}name_ar")
    if level == 1:
        name, pcode_canon = canonical_admin1(name, pcode)
        pcode = pcode_canon or pcode
    if not geom.is_valid:
        geom = shapely.make_valid(geom)
    return StoredArea(level=level, name=name or pcode, name_ar=name_ar, pcode=pcode, parent_pcode=parent,
                      wkb=shapely.to_wkb(geom), source=f"ocha: {label}")


def _capital_place(props: dict[str, Any], geom: BaseGeometry, label: str) -> Place | None:
    name = _prop(props, "name", "name_en", "adm_name", "featurename", "admin4name_en")
    if name is None:
        return None
    point = geom.representative_point()
    level = _prop(props, "adm_p_lvl", "level")
    cls = {"0": "capital", "1": "capital", "2": "town", "3": "town"}.get(level or "", "populated")
    admin1, pcode1 = canonical_admin1(_prop(props, "adm1_name", "admin1name_en"), _prop(props, "adm1_pcode",
                                                                                         "admin1pcode"))
    alternates = tuple(a for a in (_prop(props, "name_1"), _prop(props, "name_2"), _prop(props, "name_ar")) if a)
    return Place(name=name, lat=point.y, lon=point.x, feature_class=cls, alternate_names=alternates,
                 admin1=admin1, admin1_pcode=pcode1, admin2=_prop(props, "adm2_name"),
                 admin2_pcode=_prop(props, "adm2_pcode"), admin3=_prop(props, "adm3_name"),
                 admin3_pcode=_prop(props, "adm3_pcode"), source=f"ocha: {label}")


def _area_place(area: StoredArea, label: str) -> Place:
    """A district or sub-district as a place (its name is usually its main town's)."""
    point = shapely.from_wkb(area.wkb).representative_point()
    return Place(name=area.name, lat=point.y, lon=point.x, feature_class=f"admin{area.level}",
                 alternate_names=(area.name_ar,) if area.name_ar else (),
                 admin2=area.name if area.level == 2 else None, admin2_pcode=area.pcode if area.level == 2 else None,
                 admin3=area.name if area.level == 3 else None, admin3_pcode=area.pcode if area.level == 3 else None,
                 source=f"ocha: {label}")


# -- generic place lists ------------------------------------------------------------------------------------------

def _records(path: Path) -> Iterator[tuple[int, dict[str, Any]]]:
    """Rows of a CSV, JSONL or GeoJSON points file as dicts with lower-case keys (GeoJSON: lat/lon filled)."""
    suffix = path.suffix.lower()
    if suffix in (".geojson", ".json"):
        for number, (props, geom) in enumerate(_features(path), 1):
            row = {str(k).lower(): v for k, v in props.items()}
            if geom is not None and not geom.is_empty:
                point = geom.representative_point()
                row.setdefault("lat", point.y)
                row.setdefault("lon", point.x)
            yield number, row
        return
    try:
        with open(path, encoding="utf-8-sig", newline="") as fh:
            if suffix == ".jsonl":
                for number, line in enumerate(fh, 1):
                    if line.strip():
                        try:
                            obj = json.loads(line)
                        except json.JSONDecodeError:
                            yield number, {}
                            continue
                        yield number, {str(k).lower(): v for k, v in obj.items()} if isinstance(obj, dict) else {}
                return
            sample = fh.read(4096)
            fh.seek(0)
            dialect = csv.Sniffer().sniff(sample, delimiters=",;\t|") if sample else csv.excel
            for number, row in enumerate(csv.DictReader(fh, dialect=dialect), 2):
                yield number, {str(k).lower().strip(): v for k, v in row.items() if k is not None}
    except (OSError, UnicodeDecodeError, csv.Error) as exc:
        raise InputError(f"cannot read the place list ({exc})", path=str(path),
                         fix="give a UTF-8 CSV with name, lat and lon columns") from exc


def _first(row: dict[str, Any], names: tuple[str, ...]) -> Any:
    for name in names:
        value = row.get(name)
        if value not in (None, ""):
            return value
    return None


def _place_rows(path: Path, label: str, summary: ImportSummary) -> Iterator[tuple[Place, dict[str, str]]]:
    for number, row in _records(path):
        name, lat_raw, lon_raw = _first(row, _NAME_COLS), _first(row, _LAT_COLS), _first(row, _LON_COLS)
        try:
            lat, lon = float(lat_raw), float(lon_raw)
        except (TypeError, ValueError):
            summary.skip(number)
            continue
        if not name or not (-90 <= lat <= 90 and -180 <= lon <= 180):
            summary.skip(number)
            continue
        summary.seen += 1
        used = set(_NAME_COLS + _LAT_COLS + _LON_COLS + _ALT_COLS + _CLASS_COLS)
        alternates: list[str] = []
        for col in _ALT_COLS:
            value = row.get(col)
            if isinstance(value, str) and value.strip():
                alternates.extend(a.strip() for a in value.replace("|", ";").split(";") if a.strip())
        cls_raw = str(_first(row, _CLASS_COLS) or "populated").strip().lower()
        admin1, pcode1 = canonical_admin1(_first(row, ("admin1", "adm1_name", "admin1name_en", "governorate")),
                                          _first(row, ("admin1_pcode", "adm1_pcode", "admin1pcode")))
        extra = {k: str(v) for k, v in row.items() if k not in used and v not in (None, "")}
        yield Place(name=str(name).strip(), lat=lat, lon=lon, feature_class=_PLACE_TYPES.get(cls_raw, "populated"),
                    alternate_names=tuple(dict.fromkeys(alternates)), admin1=admin1, admin1_pcode=pcode1,
                    source=f"places: {label}"), extra
