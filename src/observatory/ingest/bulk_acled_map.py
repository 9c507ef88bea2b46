"""One pyarrow block of ACLED rows → a :class:`FastChunk`, with the row mapper's values, column by column.

Each distinct value of a repeating column (date, precision, event type, actor, admin name, fatalities)
goes once through the functions :func:`observatory.ingest.acled.acled_mapper` uses. The columns that
describe *what* happened (precision, type, sides, actors) and *where* (place, admin names, p-code,
country, geo precision) become small "dimension" rows, identified by number, so each event row binds
nine values. Rows the columnar checks cannot vouch for go through ``acled_mapper`` itself.
"""

from __future__ import annotations

import hashlib
from collections.abc import Callable, Sequence
from operator import itemgetter
from pathlib import Path
from typing import Any, Final

import numpy as np
import pyarrow as pa
import pyarrow.compute as pc

from observatory.ingest.acled import (
    _COUNTRIES,
    ACLED_COLUMNS,
    ACLED_EVENT_TYPES,
    ACLED_SUB_EVENT_TYPES,
    ACLED_TIME_PRECISION,
    RowError,
    acled_mapper,
    admin1_of,
    parse_count,
    parse_day,
    parse_float,
)
from observatory.ingest.bulk_sqlite import EVENT_SLOTS, Dims, FastChunk
from observatory.ingest.side_map import SideMap

Index = np.ndarray[Any, np.dtype[np.int64]]
Mask = np.ndarray[Any, np.dtype[np.bool_]]
#: What a dimension part is: per-row dictionary indices and, per dictionary entry, the values it adds.
Part = tuple[Index, list[tuple[Any, ...]]]
_MAX_CODE: Final[int] = 1 << 62




def _by_id(columns: list[list[Any]], cas: list[tuple[int, str, str, str | None, int]]
           ) -> tuple[list[list[Any]], list[tuple[int, str, str, str | None, int]]]:
    """The chunk in id order (a stable sort: of two rows with one id the first read stays first), so that
    the primary-key index is written in order; casualties follow their rows."""
    ids = np.array(columns[0], dtype="S20")  # hex digests: their first 8 bytes order them well enough
    order = np.argsort(np.ndarray(shape=ids.shape, dtype=">u8", buffer=ids, strides=(ids.itemsize,)), kind="stable")
    where = np.empty_like(order)
    where[order] = np.arange(order.size)
    moved = where[[c[0] for c in cas]].tolist() if cas else []
    new_cas = [(m, c[1], c[2], c[3], c[4]) for m, c in zip(moved, cas, strict=True)]
    new_cas.sort(key=itemgetter(0))
    return [np.asarray(column, dtype=object)[order].tolist() for column in columns], new_cas


class Declined(Exception):
    """A row the row-by-row mapper rejects: the caller falls back to the row-by-row import."""


def _encode(column: pa.Array) -> tuple[Index, list[str], Index]:
    """(per-row index, distinct values, occurrences of each) of a string column."""
    encoded = column.dictionary_encode()
    index = encoded.indices.to_numpy(zero_copy_only=False).astype(np.int64)
    values: list[str] = encoded.dictionary.to_pylist()
    return index, values, np.bincount(index, minlength=len(values))


def _each(values: list[str], fn: Callable[[str], Any]) -> tuple[list[Any], Mask]:
    """``fn`` of each distinct value; the values it rejects (RowError) flagged, mapped to None."""
    mapped: list[Any] = []
    bad = np.zeros(len(values), dtype=bool)
    for i, value in enumerate(values):
        try:
            mapped.append(fn(value))
        except RowError:
            mapped.append(None)
            bad[i] = True
    return mapped, bad


def _floats(column: pa.Array, low: float, high: float) -> tuple[list[float | None], Mask]:
    """Decimal degrees as the row mapper reads them; rows it might read otherwise are flagged."""
    empty = pc.equal(column, "")
    try:
        values = pc.cast(pc.if_else(empty, pa.scalar(None, pa.string()), column), pa.float64())
    except pa.ArrowInvalid:  # something Python's float() may still read (" 34.5", "1_0"): ask it, row by row
        return _python_floats(column, low, high)
    numbers = values.to_numpy(zero_copy_only=False)
    with np.errstate(invalid="ignore"):
        bad = ~((numbers >= low) & (numbers <= high))
    if values.null_count:
        bad &= ~values.is_null().to_numpy(zero_copy_only=False)
        result: list[float | None] = values.to_pylist()
        return result, bad
    return numbers.tolist(), bad


def _python_floats(column: pa.Array, low: float, high: float) -> tuple[list[float | None], Mask]:
    values: list[float | None] = []
    bad = np.zeros(len(column), dtype=bool)
    for i, text in enumerate(column.to_pylist()):
        try:
            values.append(parse_float(text, "coordinate", low, high))
        except RowError:
            values.append(None)
            bad[i] = True
    return values, bad


def _time_precision(text: str) -> str:
    code = text.strip()
    if not code:
        return "unknown"
    found = ACLED_TIME_PRECISION.get(code)
    if found is None:
        raise RowError("bad time precision", "")
    return found


def _geo_precision(text: str) -> int | None:
    if text in ("1", "2", "3"):
        return int(text)
    if text.strip():
        raise RowError("bad geo precision", "")
    return None


def _count(text: str) -> int:
    return parse_count(text, "fatalities") or 0


def _ids(source: str, external: list[str]) -> list[str]:
    """``stable_id(source, x)`` of each external id (the same sha256 prefix, in one loop)."""
    sha = hashlib.sha256
    prefix = source + "\x1f"
    return [sha((prefix + x).encode()).hexdigest()[:20] for x in external]


def _codes(parts: Sequence[Part], dims: Dims) -> list[int]:
    """The dimension id of each row: the distinct combinations of the parts' entries, each looked up once."""
    size = 1
    for _, entries in parts:
        size *= max(len(entries), 1)
    if size >= _MAX_CODE:  # too many combinations for one integer: one lookup a row
        return [dims.key(tuple(v for (index, entries) in parts for v in entries[int(index[i])]))
                for i in range(len(parts[0][0]))]
    combined = np.zeros(len(parts[0][0]), dtype=np.int64)
    for index, entries in parts:
        combined = combined * len(entries) + index
    distinct, inverse = np.unique(combined, return_inverse=True)
    at_of_part: list[Index] = []
    rest = distinct
    for _, entries in reversed(parts):
        rest, at = np.divmod(rest, len(entries))
        at_of_part.append(at)
    fields: list[list[Any]] = []
    for (_, entries), at in zip(parts, reversed(at_of_part), strict=True):
        for f in range(len(entries[0]) if entries else 0):
            fields.append(np.asarray([e[f] for e in entries] + [None], dtype=object)[at].tolist())
    key = dims.key
    keys = [key(values) for values in zip(*fields, strict=True)]
    result: list[int] = np.asarray(keys, dtype=np.int64)[inverse.reshape(-1)].tolist()
    return result


class AcledBlockMapper:
    """Callable: a pyarrow RecordBatch of ACLED columns → :class:`FastChunk` (see the module doc)."""

    def __init__(self, header: list[str], sides: SideMap, batch_id: str, file: Path) -> None:
        self.sides = sides
        self.width = len(header)
        self.names = [*ACLED_COLUMNS, *(("country",) if "country" in header else ())]
        self.positions = [header.index(c) for c in self.names]
        self.slow = acled_mapper(header, sides, batch_id, file)
        self.days: dict[str, str] = {}
        self.govs: dict[str, tuple[str | None, str | None]] = {}
        self.what = Dims()  # date_precision, event_type, perpetrator side/actor, target side/actor
        self.where = Dims()  # place_name, geo_precision, admin1, admin1_pcode, admin2, admin3, country

    def __call__(self, batch: pa.RecordBatch) -> FastChunk:
        col = batch.column
        n = batch.num_rows
        exts = [e.strip() for e in col("event_id_cnty").to_pylist()]
        bad = np.fromiter((not e for e in exts), dtype=bool, count=n)
        d_index, d_values, _ = _encode(col("event_date"))
        days, d_bad = _each(d_values, lambda v: parse_day(v, "event_date", self.days))
        k_index, k_values, _ = _encode(col("fatalities"))
        counts, k_bad = _each(k_values, _count)
        lat, lat_bad = _floats(col("latitude"), -90, 90)
        lon, lon_bad = _floats(col("longitude"), -180, 180)
        bad |= d_bad[d_index] | k_bad[k_index] | lat_bad | lon_bad
        what, what_bad, cas_side, a2_index, a2_entries = self._what(batch)
        where, where_bad = self._where(batch)
        bad |= what_bad | where_bad
        ids = _ids("ACLED", exts)
        killed: list[int] = np.asarray(counts, dtype=object)[k_index].tolist()
        columns: list[list[Any]] = [ids, exts, np.asarray(days, dtype=object)[d_index].tolist(), what, where, lat, lon,
                                    killed, _notes(col("notes"), col("source"))]
        cas = _casualties(ids, killed, cas_side, a2_index, a2_entries)
        if bad.any():
            self._remap(batch, columns, cas, np.flatnonzero(bad))
        columns, cas = _by_id(columns, cas)
        values: list[Any] = [None] * (n * EVENT_SLOTS)
        for j, column in enumerate(columns):
            values[j::EVENT_SLOTS] = column
        return FastChunk(ids=columns[0], values=values, casualties=cas, what=self.what.take_new(),
                         where=self.where.take_new(), count=n)

    def _what(self, batch: pa.RecordBatch) -> tuple[list[int], Mask, Mask, Index, list[tuple[Any, ...]]]:
        """Dimension ids of (precision, type, sides, actors); flagged rows; casualty side "civilians"?"""
        col = batch.column
        p_index, p_values, _ = _encode(col("time_precision"))
        precisions, p_bad = _each(p_values, _time_precision)
        t_index, types, civil_rows = _types(batch)
        a1_index, a1_values, a1_counts = _encode(col("actor1"))
        a2_index, a2_values, a2_counts = _encode(col("actor2"))
        a1 = [(self.sides.side_of_many(v, int(c)), v or None) for v, c in zip(a1_values, a1_counts.tolist(), strict=True)]
        a2 = [(self.sides.side_of_many(v, int(c)), v or None) for v, c in zip(a2_values, a2_counts.tolist(), strict=True)]
        parts: list[Part] = [(p_index, [(p,) for p in precisions]), (t_index, [(t,) for t in types]),
                             (a1_index, list(a1)), (a2_index, list(a2))]
        civilians = np.array([s == "civilians" for s, _ in a2], dtype=bool)[a2_index] | civil_rows
        return _codes(parts, self.what), p_bad[p_index], civilians, a2_index, a2

    def _where(self, batch: pa.RecordBatch) -> tuple[list[int], Mask]:
        col = batch.column
        g_index, g_values, _ = _encode(col("geo_precision"))
        geos, g_bad = _each(g_values, _geo_precision)
        parts: list[Part] = []
        for name in ("location", "admin2", "admin3"):
            index, values, _ = _encode(col(name))
            parts.append((index, [(v or None,) for v in values]))
        gov_index, gov_values, _ = _encode(col("admin1"))
        govs = [admin1_of(v, self.govs) for v in gov_values]
        if "country" in self.names:
            c_index, c_values, _ = _encode(col("country"))
            countries = [(_COUNTRIES.get(v.strip().lower(), "XX"),) for v in c_values]
        else:
            c_index, countries = np.zeros(batch.num_rows, dtype=np.int64), [("SY",)]
        ordered = [parts[0], (g_index, [(g,) for g in geos]), (gov_index, govs), parts[1], parts[2], (c_index, countries)]
        return _codes(ordered, self.where), g_bad[g_index]

    def _remap(self, batch: pa.RecordBatch, columns: list[list[Any]], cas: list[tuple[int, str, str, str | None, int]],
               flagged: np.ndarray[Any, np.dtype[np.intp]]) -> None:
        """Map the flagged rows with the row-by-row mapper; a row it rejects raises :class:`Declined`."""
        picked = batch.select(self.names).take(pa.array(flagged)).to_pylist()
        counted = self.sides.unmapped.copy()  # this block's actors are counted already: the row mapper must not
        redone: dict[int, list[tuple[int, str, str, str | None, int]]] = {}
        for i, values in zip(flagged.tolist(), picked, strict=True):
            record = [""] * self.width
            for name, pos in zip(self.names, self.positions, strict=True):
                record[pos] = values[name]
            try:
                ev, rows_cas = self.slow(record)
            except RowError as exc:
                raise Declined(exc.message) from None
            slots = (ev[0], ev[1], ev[5], self.what.key(tuple(ev[7:13])),
                     self.where.key((ev[13], ev[16], ev[17], ev[18], ev[19], ev[21], ev[23])), ev[14], ev[15], ev[25],
                     ev[27])
            for column, value in zip(columns, slots, strict=True):
                column[i] = value
            redone[i] = [(i, c[0], c[1], c[3], c[5]) for c in rows_cas]
        self.sides.unmapped.clear()
        self.sides.unmapped.update(counted)
        kept = [c for c in cas if c[0] not in redone]
        kept.extend(c for rows in redone.values() for c in rows)
        kept.sort(key=lambda c: c[0])
        cas[:] = kept


def _types(batch: pa.RecordBatch) -> tuple[Index, list[str], Mask]:
    """(per-row index into the type names, the names, "violence against civilians" rows): an Air/drone
    strike whose notes mention a drone is a drone_strike, as :func:`acled_type` says."""
    e_index, e_values, _ = _encode(batch.column("event_type"))
    s_index, s_values, _ = _encode(batch.column("sub_event_type"))
    subs = [ACLED_SUB_EVENT_TYPES.get(v.strip().lower()) for v in s_values]
    kinds = [ACLED_EVENT_TYPES.get(v.strip().lower(), "other") for v in e_values]
    names = sorted({*(s for s in subs if s is not None), *kinds, "drone_strike"})
    code = {name: i for i, name in enumerate(names)}
    table = np.array([[code[s if s is not None else k] for s in subs] for k in kinds], dtype=np.int64)
    index = table[e_index, s_index]
    air = np.flatnonzero(index == code.get("airstrike", -1))
    if air.size:
        notes = pc.take(batch.column("notes"), pa.array(air))
        drone = pc.match_substring(pc.utf8_lower(notes), "drone").to_numpy(zero_copy_only=False)
        index[air[drone]] = code["drone_strike"]
    civil = np.array([v.strip().lower() == "violence against civilians" for v in e_values], dtype=bool)
    return index, names, civil[e_index]


def _casualties(ids: list[str], killed: list[int], civilians: Mask, a2_index: Index,
                a2: list[tuple[Any, ...]]) -> list[tuple[int, str, str, str | None, int]]:
    """(row, event id, side, actor, killed) for each row with fatalities, as the row mapper builds them."""
    deaths = np.asarray(killed, dtype=np.int64)
    rows = np.flatnonzero(deaths > 0)
    civil = civilians[rows].tolist()
    actors = [a2[i][1] for i in a2_index[rows].tolist()]
    return [(i, ids[i], "civilians", actor, killed[i]) if c else (i, ids[i], "unknown", None, killed[i])
            for i, c, actor in zip(rows.tolist(), civil, actors, strict=True)]


def _notes(notes: pa.Array, source: pa.Array) -> list[str | None]:
    """The row mapper's ``_notes(notes, source)``: notes then " [source: X]", either alone, or None."""
    index, values, _ = _encode(source)
    suffix, alone = [], []
    for value in values:
        src = value.strip()
        suffix.append(f" [source: {src}]" if src else "")
        alone.append(f"[source: {src}]" if src else None)
    suffixes = np.asarray(suffix, dtype=object)[index].tolist()
    alones = np.asarray(alone + [None], dtype=object)[:-1][index].tolist()
    return [(text + suf if text else lone) for text, suf, lone in
            zip([t.strip() for t in notes.to_pylist()], suffixes, alones, strict=True)]
