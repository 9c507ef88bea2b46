"""The events a map shows, read straight from the store into columns (fast enough for 100,000 events)."""

from __future__ import annotations

import logging
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass, field
from datetime import date
from typing import Any

import numpy as np
from sqlalchemy import String, cast, func, select
from sqlalchemy.engine import RowMapping

from observatory.errors import ObservatoryError
from observatory.models import EVENT_TYPES, GOVERNORATES, SIDES
from observatory.outputs.basemap import Area, BaseLayers, activity_area, build_layers
from observatory.store import Store
from observatory.store.schema import claims, events, reports

log = logging.getLogger(__name__)


@dataclass(frozen=True, slots=True)
class MapRequest:
    """What to draw: the period, the control date, and the part of the country."""

    since: date | None = None
    until: date | None = None
    on: date | None = None  # date of the control snapshot; defaults to the end of the period
    region: str | None = None  # a governorate name
    bbox: tuple[float, float, float, float] | None = None  # min_lon, min_lat, max_lon, max_lat
    title: str | None = None


@dataclass(frozen=True, slots=True)
class MapEvents:
    """Events as parallel columns. ``approx`` marks events placed at their governorate's centre."""

    ids: tuple[str, ...]
    lon: np.ndarray
    lat: np.ndarray
    approx: np.ndarray
    placement: np.ndarray  # STORED, GEOCODED (by place name when drawing) or CENTRE (governorate centre)
    killed: np.ndarray
    injured: np.ndarray
    day: np.ndarray  # date_start as a proleptic ordinal
    type_idx: np.ndarray  # index into EVENT_TYPES
    side_idx: np.ndarray  # perpetrator side, index into SIDES
    target_idx: np.ndarray  # target side, index into SIDES
    places: tuple[str, ...]
    admin1: tuple[str, ...]
    report_ids: tuple[str, ...]
    unplaced: int = 0  # events with neither coordinates nor a governorate (not drawn)

    def __len__(self) -> int:
        return len(self.ids)

    def points(self, located_only: bool = False) -> np.ndarray:
        """(n, 2) array of lon, lat; without the events drawn at a governorate centre when ``located_only``."""
        sel = self.placement != CENTRE if located_only else np.ones(len(self.ids), dtype=bool)
        return np.column_stack([self.lon[sel], self.lat[sel]])


@dataclass(frozen=True, slots=True)
class MapData:
    request: MapRequest
    since: date | None
    until: date | None
    region: str | None
    bbox: tuple[float, float, float, float] | None
    events: MapEvents
    layers: BaseLayers
    activity: Area | None
    notes: tuple[str, ...] = field(default_factory=tuple)


def data_span(store: Store) -> tuple[date | None, date | None]:
    """First and last event day in the store (None, None when it holds no dated event)."""
    c = events.c
    with store.engine.connect() as conn:
        row = conn.execute(select(func.min(c.date_start), func.max(func.coalesce(c.date_end, c.date_start)))).one()
    return _as_date(row[0]), _as_date(row[1])


def _as_date(value: Any) -> date | None:
    if value is None or isinstance(value, date):
        return value
    return date.fromisoformat(str(value)[:10])


def _event_rows(store: Store, since: date | None, until: date | None, region: str | None) -> list[RowMapping]:
    c = events.c
    # the date as text: parsing 100,000 dates in numpy is much faster than building date objects row by row
    query = select(c.id, c.lon, c.lat, c.admin1, c.place_name, cast(c.date_start, String).label("day"), c.event_type,
                   c.perpetrator_side,
                   c.target_side, c.killed_best, c.injured_best, c.report_id)
    if since is not None:
        query = query.where(func.coalesce(c.date_end, c.date_start) >= since)
    if until is not None:
        query = query.where(c.date_start <= until)
    if region is not None:
        query = query.where(c.admin1 == region)
    query = query.order_by(c.date_start, c.id)
    with store.engine.connect() as conn:
        return list(conn.execute(query).mappings())


def _index(values: Iterable[str | None], vocab: Sequence[str], default: str) -> np.ndarray:
    lookup = {v: i for i, v in enumerate(vocab)}
    fallback = lookup[default]
    return np.fromiter((lookup.get(v or default, fallback) for v in values), dtype=np.int16)


#: How an event got its position on the map.
STORED, GEOCODED, CENTRE = 0, 1, 2
MAX_GEOCODED_NAMES = 5000


def _geocoder(store: Store | None) -> Callable[[str, str | None], tuple[float, float] | None]:
    """Place name (+ governorate) to (lon, lat) via the geo package, or a function that finds nothing."""
    try:
        from observatory.geo import Geocoder

        coder = Geocoder.from_store(store) if store is not None else Geocoder.default()
    except (ImportError, ObservatoryError) as exc:
        log.debug("no geocoder for the map: %s", exc)
        return lambda _name, _admin1: None

    def lookup(name: str, admin1: str | None) -> tuple[float, float] | None:
        r = coder.geocode(name, context=admin1)
        if r.lat is None or r.lon is None or (admin1 and r.admin1 and r.admin1 != admin1):
            return None
        return float(r.lon), float(r.lat)

    return lookup


def _position(r: RowMapping, centres: dict[str, tuple[float, float]], names: dict[tuple[str, str | None], Any],
              lookup: Callable[[str, str | None], tuple[float, float] | None]) -> tuple[float, float, int] | None:
    if r["lon"] is not None and r["lat"] is not None:
        return float(r["lon"]), float(r["lat"]), STORED
    name = (r["place_name"] or "").strip()
    if name:
        key = (name, r["admin1"])
        if key not in names and len(names) < MAX_GEOCODED_NAMES:
            names[key] = lookup(name, r["admin1"])
        found = names.get(key)
        if found is not None:
            return found[0], found[1], GEOCODED
    if r["admin1"] in centres:
        x, y = centres[r["admin1"]]
        return x, y, CENTRE
    return None


def spread(lon: np.ndarray, lat: np.ndarray, how: np.ndarray, step: float = 0.045) -> None:
    """Move events that share an approximate position onto a small spiral around it, so each stays visible."""
    seen: dict[tuple[float, float], int] = {}
    for i in np.flatnonzero(how != STORED).tolist():
        key = (round(float(lon[i]), 4), round(float(lat[i]), 4))
        k = seen.get(key, 0)
        seen[key] = k + 1
        if k:
            angle = k * 2.39996  # the golden angle, in radians
            radius = step * np.sqrt(k)
            lon[i] += radius * np.cos(angle) / np.cos(np.radians(lat[i]))
            lat[i] += radius * np.sin(angle)


def columns_from_rows(rows: Sequence[RowMapping], centres: dict[str, tuple[float, float]],
                      bbox: tuple[float, float, float, float] | None, store: Store | None = None) -> MapEvents:
    """Turn event rows into columns. Events without coordinates are placed by their place name when the
    gazetteer knows it, else at their governorate's centre (both flagged as approximate)."""
    keep: list[RowMapping] = []
    lon: list[float] = []
    lat: list[float] = []
    how: list[int] = []
    unplaced = 0
    names: dict[tuple[str, str | None], Any] = {}
    lookup: Callable[[str, str | None], tuple[float, float] | None] | None = None
    for r in rows:
        if (r["lon"] is None or r["lat"] is None) and lookup is None:
            lookup = _geocoder(store)
        pos = _position(r, centres, names, lookup or (lambda _n, _a: None))
        if pos is None:
            unplaced += 1
            continue
        x, y, placed = pos
        if bbox is not None and not (bbox[0] <= x <= bbox[2] and bbox[1] <= y <= bbox[3]):
            continue
        keep.append(r)
        lon.append(x)
        lat.append(y)
        how.append(placed)
    lon_a, lat_a, how_a = np.asarray(lon, dtype=float), np.asarray(lat, dtype=float), np.asarray(how, dtype=np.int8)
    spread(lon_a, lat_a, how_a)
    return MapEvents(
        ids=tuple(r["id"] for r in keep), lon=lon_a, lat=lat_a, approx=how_a != STORED, placement=how_a,
        killed=np.fromiter((r["killed_best"] or 0 for r in keep), dtype=np.int64, count=len(keep)),
        injured=np.fromiter((r["injured_best"] or 0 for r in keep), dtype=np.int64, count=len(keep)),
        day=_days([r["day"] for r in keep]),
        type_idx=_index((r["event_type"] for r in keep), EVENT_TYPES, "other"),
        side_idx=_index((r["perpetrator_side"] for r in keep), SIDES, "unknown"),
        target_idx=_index((r["target_side"] for r in keep), SIDES, "unknown"),
        places=tuple(r["place_name"] or "" for r in keep), admin1=tuple(r["admin1"] or "" for r in keep),
        report_ids=tuple(r["report_id"] or "" for r in keep), unplaced=unplaced,
    )


_ORDINAL_1970 = date(1970, 1, 1).toordinal()


def _days(values: Sequence[Any]) -> np.ndarray:
    """Proleptic ordinals of ISO date strings (0 for a missing date)."""
    text = np.array([str(v)[:10] if v else "NaT" for v in values], dtype="U10")
    stamps = text.astype("datetime64[D]")
    out: np.ndarray = np.where(np.isnat(stamps), 0, stamps.astype(np.int64) + _ORDINAL_1970)
    return out.astype(np.int64)


def governorate_centres(layers: BaseLayers) -> dict[str, tuple[float, float]]:
    out: dict[str, tuple[float, float]] = {}
    for area in layers.governorates:
        p = area.geometry.representative_point()
        out[area.name] = (p.x, p.y)
    for name, (lon, lat) in _GOVERNORATE_SEATS.items():
        out.setdefault(name, (lon, lat))
    return out


# Governorate seats, used to place events known only by governorate when no boundaries are loaded.
_GOVERNORATE_SEATS: dict[str, tuple[float, float]] = {
    "Aleppo": (37.134, 36.202), "Al-Hasakeh": (40.742, 36.507), "Ar-Raqqa": (39.009, 35.952),
    "As-Sweida": (36.566, 32.709), "Damascus": (36.292, 33.513), "Dar'a": (36.102, 32.618),
    "Deir-ez-Zor": (40.141, 35.336), "Hama": (36.757, 35.131), "Homs": (36.717, 34.733),
    "Idleb": (36.634, 35.931), "Lattakia": (35.791, 35.532), "Quneitra": (35.824, 33.126),
    "Rural Damascus": (36.60, 33.60), "Tartous": (35.887, 34.889),
}


def collect(store: Store, request: MapRequest) -> MapData:
    """Read everything a map of ``request`` needs from the store and the geo/analysis packages."""
    since, until = request.since, request.until
    notes: list[str] = []
    if since is None or until is None:
        first, last = data_span(store)
        since = since or first
        until = until or last
    layers = build_layers(store, request.on or until)
    region, bbox = _region(request, layers)
    rows = _event_rows(store, since, until, region)
    cols = columns_from_rows(rows, governorate_centres(layers), bbox, store)
    if region is not None and bbox is None and len(cols):
        bbox = (float(cols.lon.min()) - 0.5, float(cols.lat.min()) - 0.5,
                float(cols.lon.max()) + 0.5, float(cols.lat.max()) + 0.5)
    if len(cols) == 0:
        notes.append("No events in the database for this period and area.")
    if cols.unplaced:
        notes.append(f"{cols.unplaced} event(s) have no coordinates and no governorate and are not drawn.")
    geocoded, centred = int((cols.placement == GEOCODED).sum()), int((cols.placement == CENTRE).sum())
    if geocoded:
        notes.append(f"{geocoded} event(s) without stored coordinates are placed by their place name (gazetteer).")
    if centred:
        notes.append(f"{centred} event(s) known only by governorate are drawn around its centre.")
    activity = None
    located = cols.points(located_only=True)
    if len(located):
        stored_only = geocoded == 0 and len(cols) <= 20000
        sample = _events_for_area(store, since, until, region) if stored_only else ()
        activity = activity_area(located, sample, clip=layers.country.geometry)
    return MapData(request=request, since=since, until=until, region=region, bbox=bbox, events=cols,
                   layers=layers, activity=activity, notes=tuple(notes))


def _region(request: MapRequest, layers: BaseLayers) -> tuple[str | None, tuple[float, float, float, float] | None]:
    if request.region is None:
        return None, request.bbox
    from observatory.errors import InputError

    wanted = request.region.strip().lower()
    name = next((g for g in GOVERNORATES if g.lower() == wanted), None)
    if name is None:
        raise InputError(f"unknown region {request.region!r}", fix=f"use a governorate name: {', '.join(GOVERNORATES)}")
    area = next((a for a in layers.governorates if a.name == name), None)
    if request.bbox is not None or area is None:
        return name, request.bbox
    b = area.geometry.bounds
    return name, (b[0], b[1], b[2], b[3])


def _events_for_area(store: Store, since: date | None, until: date | None, region: str | None) -> tuple[Any, ...]:
    from observatory.store import EventFilter

    flt = EventFilter(since=since, until=until, governorates=(region,) if region else ())
    return tuple(e for e in store.iter_events(flt) if e.location.lat is not None)


@dataclass(frozen=True, slots=True)
class Quote:
    """The words a value came from (``span``), with the rest of their sentence around them."""

    field: str
    value: str
    before: str
    span: str
    after: str

    @property
    def text(self) -> str:
        return f"{self.before}{self.span}{self.after}"


@dataclass(frozen=True, slots=True)
class SourceRef:
    report_id: str
    title: str
    source: str
    published: str
    url: str


def sources_for(store: Store, event_ids: Sequence[str], report_ids: Iterable[str], *,
                max_quotes: int = 5, max_chars: int = 240) -> tuple[dict[str, list[Quote]], dict[str, SourceRef]]:
    """Quoted spans per event and the reports they come from, read in bulk (for popups and the report)."""
    wanted = {r for r in report_ids if r}
    quotes: dict[str, list[Quote]] = {}
    texts: dict[str, str] = {}
    refs: dict[str, SourceRef] = {}
    with store.engine.connect() as conn:
        ids = sorted(wanted)
        for i in range(0, len(ids), 500):
            for r in conn.execute(select(reports.c.id, reports.c.title, reports.c.source, reports.c.published,
                                         reports.c.url, reports.c.text).where(reports.c.id.in_(ids[i:i + 500]))).mappings():
                texts[r["id"]] = r["text"]
                refs[r["id"]] = SourceRef(r["id"], r["title"] or "", r["source"] or "",
                                          str(r["published"] or ""), r["url"] or "")
        if not texts:
            return quotes, refs
        ev = list(event_ids)
        for i in range(0, len(ev), 500):
            query = (select(claims).where(claims.c.event_id.in_(ev[i:i + 500]))
                     .order_by(claims.c.event_id, claims.c.span_start))
            for c in conn.execute(query).mappings():
                text = texts.get(c["report_id"])
                have = quotes.setdefault(c["event_id"], [])
                if text is None or len(have) >= max_quotes:
                    continue
                quote = quote_of(text, c["span_start"], c["span_end"], c["field"], c["value"], max_chars)
                if quote.span and all(q.text != quote.text for q in have):
                    have.append(quote)
    return quotes, refs


def quote_of(text: str, start: int, end: int, field_name: str, value: str, max_chars: int = 240) -> Quote:
    """The span's words with the rest of their sentence, cut to about ``max_chars`` characters."""
    start, end = max(0, min(start, len(text))), max(0, min(end, len(text)))
    left = max(text.rfind(". ", 0, start), text.rfind("\n", 0, start))
    left = 0 if left < 0 else left + 1
    right_candidates = [i for i in (text.find(". ", end), text.find("\n", end)) if i >= 0]
    right = min(right_candidates) + 1 if right_candidates else len(text)
    span = " ".join(text[start:end].split())
    room = max(0, max_chars - len(span)) // 2
    before = " ".join(text[left:start].split())
    after = " ".join(text[end:right].split())
    if len(before) > room:
        before = "…" + before[len(before) - room:]
    if len(after) > room:
        after = after[:room] + "…"
    if before and not before.endswith(" ") and text[start - 1:start].isspace():
        before += " "
    if after and end < len(text) and text[end:end + 1].isspace():
        after = " " + after
    return Quote(field_name, value, before, span, after)
