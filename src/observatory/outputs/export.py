"""Export events as CSV, GeoJSON (RFC 7946) or Parquet, streaming: events are written as they are read.

* CSV and Parquet carry :data:`observatory.records.EVENT_COLUMNS`, or with ``acled=True`` the ACLED
  codebook's columns (:data:`ACLED_EXPORT_COLUMNS`) so that tools written for ACLED read them.
* GeoJSON is one FeatureCollection; each Feature's geometry is a Point ``[lon, lat]`` (WGS84), or
  ``null`` for an event without coordinates (UCDP-AEC rows, events located to a governorate only);
  its properties are the CSV record.
* A file given with ``out`` is written beside its final path and moved there at the end, so an
  interrupted export never leaves a half-written file.
"""

from __future__ import annotations

import csv
import json
import os
import sys
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import IO, Any, Final

from observatory.errors import InputError
from observatory.models import Event
from observatory.records import EVENT_COLUMNS, event_record
from observatory.store import EventFilter, Store

EXPORT_FORMATS: Final[tuple[str, ...]] = ("csv", "geojson", "parquet")

ACLED_EXPORT_COLUMNS: Final[tuple[str, ...]] = (
    "event_id_cnty", "event_date", "year", "time_precision", "event_type", "sub_event_type", "actor1", "actor2",
    "iso", "country", "admin1", "admin2", "admin3", "location", "latitude", "longitude", "geo_precision", "source",
    "notes", "fatalities",
)

#: Our event type → ACLED (event_type, sub_event_type); attacks, ambushes and assassinations depend on the target.
_ACLED_TYPES: Final[dict[str, tuple[str, str]]] = {
    "clash": ("Battles", "Armed clash"),
    "ambush": ("Battles", "Armed clash"),
    "shelling": ("Explosions/Remote violence", "Shelling/artillery/missile attack"),
    "airstrike": ("Explosions/Remote violence", "Air/drone strike"),
    "drone_strike": ("Explosions/Remote violence", "Air/drone strike"),
    "ied_landmine": ("Explosions/Remote violence", "Remote explosive/landmine/IED"),
    "suicide_bombing": ("Explosions/Remote violence", "Suicide bomb"),
    "execution": ("Violence against civilians", "Attack"),
    "abduction": ("Violence against civilians", "Abduction/forced disappearance"),
    "siege": ("Strategic developments", "Other"),
    "other": ("Strategic developments", "Other"),
}
_ACLED_TIME_PRECISION: Final[dict[str, int]] = {"day": 1, "week": 2, "month": 3, "year": 3, "unknown": 3}
_COUNTRY: Final[dict[str, tuple[int, str]]] = {"SY": (760, "Syria"), "IQ": (368, "Iraq"), "TR": (792, "Turkey"),
                                               "LB": (422, "Lebanon"), "JO": (400, "Jordan"), "IL": (376, "Israel")}
PARQUET_CHUNK: Final[int] = 10_000


@dataclass(frozen=True, slots=True)
class ExportResult:
    format: str
    count: int
    path: str | None  # None: written to standard output


def acled_type(event: Event) -> tuple[str, str]:
    """ACLED's (event_type, sub_event_type) for one of our events."""
    if event.event_type in ("attack", "assassination"):
        if event.target_side == "civilians":
            return "Violence against civilians", "Attack"
        return "Battles", "Armed clash"
    return _ACLED_TYPES.get(event.event_type, ("Strategic developments", "Other"))


def acled_record(event: Event) -> dict[str, Any]:
    """The event in ACLED's columns; ``event_id_cnty`` is ACLED's own id for events imported from ACLED."""
    loc = event.location
    etype, sub = acled_type(event)
    iso, country = _COUNTRY.get(loc.country, (None, loc.country))
    ext = event.external_id if event.source == "ACLED" and event.external_id else event.id
    return {
        "event_id_cnty": ext,
        "event_date": event.date_start.isoformat() if event.date_start else None,
        "year": event.date_start.year if event.date_start else None,
        "time_precision": _ACLED_TIME_PRECISION[event.date_precision.value],
        "event_type": etype,
        "sub_event_type": sub,
        "actor1": event.perpetrator_actor or event.perpetrator_side,
        "actor2": event.target_actor or event.target_side,
        "iso": iso,
        "country": country,
        "admin1": loc.admin1,
        "admin2": loc.admin2,
        "admin3": loc.admin3,
        "location": loc.name,
        "latitude": loc.lat,
        "longitude": loc.lon,
        "geo_precision": int(loc.precision) if loc.precision is not None else None,
        "source": event.source,
        "notes": event.notes,
        "fatalities": event.killed_best,
    }


def _records(events: Iterable[Event], acled: bool) -> Iterator[dict[str, Any]]:
    convert = acled_record if acled else event_record
    for event in events:
        yield convert(event)


def write_csv(events: Iterable[Event], out: IO[str], *, acled: bool = False) -> int:
    """CSV with a header line; returns the number of events written."""
    columns = ACLED_EXPORT_COLUMNS if acled else EVENT_COLUMNS
    writer = csv.DictWriter(out, fieldnames=list(columns), extrasaction="ignore", lineterminator="\n")
    writer.writeheader()
    count = 0
    for record in _records(events, acled):
        writer.writerow(record)
        count += 1
    return count


def feature(event: Event) -> dict[str, Any]:
    """One GeoJSON Feature: Point [lon, lat] or a null geometry when the event has no coordinates."""
    loc = event.location
    geometry = None
    if loc.lat is not None and loc.lon is not None:
        geometry = {"type": "Point", "coordinates": [loc.lon, loc.lat]}
    return {"type": "Feature", "id": event.id, "geometry": geometry, "properties": event_record(event)}


def write_geojson(events: Iterable[Event], out: IO[str]) -> int:
    """A FeatureCollection, written feature by feature; returns the number of events written."""
    out.write('{"type": "FeatureCollection", "features": [')
    count = 0
    for event in events:
        out.write(",\n" if count else "\n")
        out.write(json.dumps(feature(event), ensure_ascii=False, allow_nan=False))
        count += 1
    out.write("\n]}\n")
    return count


def _parquet_schema(acled: bool) -> Any:
    import pyarrow as pa

    ints = {"geo_precision", "killed", "injured", "year", "time_precision", "iso", "fatalities"}
    floats = {"lat", "lon", "latitude", "longitude"}
    columns = ACLED_EXPORT_COLUMNS if acled else EVENT_COLUMNS
    fields = [pa.field(c, pa.float64() if c in floats else pa.int64() if c in ints else pa.string()) for c in columns]
    return pa.schema(fields)


def write_parquet(events: Iterable[Event], path: Path, *, acled: bool = False) -> int:
    """Parquet written in row groups of :data:`PARQUET_CHUNK` events; returns the number written."""
    import pyarrow as pa
    import pyarrow.parquet as pq

    schema = _parquet_schema(acled)
    count = 0
    with pq.ParquetWriter(str(path), schema) as writer:
        chunk: list[dict[str, Any]] = []
        for record in _records(events, acled):
            chunk.append(record)
            if len(chunk) >= PARQUET_CHUNK:
                writer.write_table(pa.Table.from_pylist(chunk, schema=schema))
                count += len(chunk)
                chunk = []
        if chunk or count == 0:
            writer.write_table(pa.Table.from_pylist(chunk, schema=schema))
            count += len(chunk)
    return count


def export_events(store: Store, fmt: str, *, flt: EventFilter = EventFilter(), out: str | Path | None = None,
                  acled: bool = False, stdout: IO[str] | None = None) -> ExportResult:
    """Write the events matching ``flt`` to ``out`` (standard output when None; Parquet needs a file)."""
    if fmt not in EXPORT_FORMATS:
        raise InputError(f"unknown export format {fmt!r}", fix=f"use one of {', '.join(EXPORT_FORMATS)}")
    if fmt == "geojson" and acled:
        raise InputError("--acled applies to csv and parquet", fix="drop --acled, or use --format csv")
    events = store.iter_events(flt)
    if out is None:
        if fmt == "parquet":
            raise InputError("Parquet is binary and is not written to the terminal", fix="pass --out FILE.parquet")
        stream = stdout or sys.stdout
        count = write_geojson(events, stream) if fmt == "geojson" else write_csv(events, stream, acled=acled)
        return ExportResult(fmt, count, None)
    target = Path(out)
    if target.is_dir():
        raise InputError("is a folder", path=str(target), fix="give a file name, e.g. out/events." + fmt)
    target.parent.mkdir(parents=True, exist_ok=True)
    partial = target.with_name(f".{target.name}.partial")
    try:
        if fmt == "parquet":
            count = write_parquet(events, partial, acled=acled)
        else:
            with partial.open("w", encoding="utf-8", newline="") as handle:
                count = write_geojson(events, handle) if fmt == "geojson" else write_csv(events, handle, acled=acled)
        os.replace(partial, target)
    except OSError as exc:
        raise InputError(f"cannot write: {exc.strerror}", path=str(target), fix="check the folder exists and is writable") from exc
    finally:
        if partial.exists():
            partial.unlink()
    return ExportResult(fmt, count, str(target))
