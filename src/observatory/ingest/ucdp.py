"""UCDP rows: the GED CSV and the UCDP-AEC JSONL (read by :func:`observatory.ingest.acled.import_dataset`).

Mapping rules (both formats)
----------------------------
* ``id`` → ``external_id``; source ``"UCDP"``; event id ``stable_id("UCDP", id)`` (GED and AEC share ids).
* ``side_a`` → perpetrator, ``side_b`` → target, their sides through the side map.
* Type: UCDP codes dyads, not attack forms, so an event is ``other`` when it is one-sided violence
  (``type_of_violence`` 3, or ``side_b`` maps to civilians) and ``clash`` otherwise.
* Casualties: ``deaths_a`` → side of ``side_a``, ``deaths_b`` → side of ``side_b``, civilians →
  ``civilians``, unknown → ``unknown`` (one record each when > 0, actor = the UCDP name). Best is the
  row's count. UCDP gives low/high for the event only: when a single category has deaths it gets them;
  otherwise each category's low = high = best and the event's range is written in the notes.
* Dates: ``date_prec`` 1 → day, 2-3 → week, 4 → month, 5 → year; without it (AEC) the span between
  start and end dates decides (same day → day, ≤ 7 days → week, ≤ 31 → month, longer → year).
* Places: ``where_prec`` 1 → 1, 2 → 2, 3-7 (district, governorate, line feature, country...) → 3;
  ``adm_1`` "Rif Dimashq governorate" → "Rural Damascus" (OCHA), ``adm_2`` loses its " district" suffix.
* UCDP-AEC has no coordinates and no location precision: lat, lon and geo precision stay empty, and
  the notes of every such event say so. Nothing is guessed.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping
from datetime import date
from pathlib import Path
from typing import Any, Final

from observatory.ingest.acled import (
    CasualtyRow,
    Mapped,
    RowError,
    admin1_of,
    parse_count,
    parse_day,
    parse_float,
    require_columns,
)
from observatory.ingest.side_map import SideMap
from observatory.models import stable_id

GED_COLUMNS: Final[tuple[str, ...]] = (
    "id", "date_start", "date_end", "side_a", "side_b", "deaths_a", "deaths_b", "deaths_civilians", "deaths_unknown",
    "best", "low", "high", "adm_1", "adm_2", "where_coordinates", "latitude", "longitude", "where_prec", "date_prec",
    "source_article",
)
AEC_FIELDS: Final[tuple[str, ...]] = (
    "id", "start_date", "end_date", "side_a_name", "side_b_name", "deaths_side_a", "deaths_side_b", "deaths_civilian",
    "deaths_unknown", "deaths_low", "deaths_high", "location_adm1_name", "location_adm2_name", "location_where_name",
    "source_article",
)
UCDP_DATE_PRECISION: Final[dict[str, str]] = {"1": "day", "2": "week", "3": "week", "4": "month", "5": "year"}
UCDP_WHERE_PRECISION: Final[dict[str, int]] = {"1": 1, "2": 2, "3": 3, "4": 3, "5": 3, "6": 3, "7": 3}
AEC_MISSING_NOTE: Final[str] = "UCDP-AEC gives no coordinates or location precision (lat/lon left empty)"


def _span_precision(start: str, end: str) -> str:
    days = (date.fromisoformat(end) - date.fromisoformat(start)).days
    if days <= 0:
        return "day"
    return "week" if days <= 7 else "month" if days <= 31 else "year"


def ucdp_casualties(eid: str, parts: list[tuple[str, str | None, int]], low: int | None,
                    high: int | None) -> tuple[tuple[CasualtyRow, ...], str | None]:
    """Casualty rows from (side, actor, deaths) parts and the event's low/high; a note when the range is split."""
    present = [p for p in parts if p[2] > 0]
    best = sum(p[2] for p in parts)
    low = best if low is None else min(low, best)
    high = best if high is None else max(high, best)
    note = None
    rows: list[CasualtyRow] = []
    for side, actor, deaths in present:
        lo, hi = (low, high) if len(present) == 1 else (deaths, deaths)
        rows.append((eid, side, None, actor, lo, deaths, hi, "exact" if lo == deaths == hi else "about"))
    if len(present) > 1 and (low != best or high != best):
        note = f"UCDP deaths low-best-high for the event: {low}-{best}-{high}"
    return tuple(rows), note


def _event_type(side_b: str | None, violence: str | None) -> str:
    return "other" if violence == "3" or side_b == "civilians" else "clash"


def _district(name: str) -> str | None:
    name = name.strip()
    if name.lower().endswith(" district"):
        name = name[: -len(" district")].strip()
    return name or None


def _join(*parts: str | None) -> str | None:
    text = "; ".join(p for p in parts if p)
    return text or None


def ged_mapper(header: list[str], sides: SideMap, batch_id: str, file: Path) -> Callable[[list[str]], Mapped]:
    """A function from one UCDP GED CSV record to (events row, casualty rows)."""
    ix = require_columns(header, GED_COLUMNS, file, "UCDP GED")
    width = len(header)
    i_violence = header.index("type_of_violence") if "type_of_violence" in header else None
    days: dict[str, str] = {}
    govs: dict[str, tuple[str | None, str | None]] = {}

    def mapper(row: list[str]) -> Mapped:
        if len(row) != width:
            raise RowError(f"{len(row)} fields where the header has {width}",
                           "quote fields that contain commas; every row needs one value per header column")
        v = {c: row[i] for c, i in ix.items()}
        ext = v["id"].strip()
        if not ext:
            raise RowError("empty id", "every UCDP row needs its id")
        start = parse_day(v["date_start"], "date_start", days)
        end = parse_day(v["date_end"], "date_end", days) if v["date_end"].strip() else start
        if end < start:
            raise RowError(f"date_end {end} is before date_start {start}", "swap or correct the dates")
        prec = v["date_prec"].strip()
        precision = UCDP_DATE_PRECISION.get(prec) if prec else _span_precision(start, end)
        if precision is None:
            raise RowError(f"date_prec {prec!r} is not 1-5", "use UCDP's date_prec codes 1 to 5")
        where = v["where_prec"].strip()
        geo = UCDP_WHERE_PRECISION.get(where) if where else None
        if where and geo is None:
            raise RowError(f"where_prec {where!r} is not 1-7", "use UCDP's where_prec codes 1 to 7")
        sa, sb = v["side_a"].strip(), v["side_b"].strip()
        side_a, side_b = sides.side(sa), sides.side(sb)
        eid = stable_id("UCDP", ext)
        parts = [(side_a or "unknown", sa or None, _deaths(v, "deaths_a")), (side_b or "unknown", sb or None, _deaths(v, "deaths_b")),
                 ("civilians", None, _deaths(v, "deaths_civilians")), ("unknown", None, _deaths(v, "deaths_unknown"))]
        cas, note = ucdp_casualties(eid, parts, parse_count(v["low"], "low"), parse_count(v["high"], "high"))
        gov, pcode = admin1_of(v["adm_1"], govs)
        violence = row[i_violence].strip() if i_violence is not None else None
        source = v["source_article"].strip()
        return ((eid, ext, "UCDP", None, batch_id, start, end, precision, _event_type(side_b, violence), side_a,
                 sa or None, side_b, sb or None, v["where_coordinates"].strip() or None,
                 parse_float(v["latitude"], "latitude", -90, 90), parse_float(v["longitude"], "longitude", -180, 180),
                 geo, gov, pcode, _district(v["adm_2"]), None, None, None, "SY", "extracted",
                 sum(p[2] for p in parts), 0, _join(note, f"source: {source}" if source else None)), cas)

    return mapper


def _deaths(values: Mapping[str, Any], name: str) -> int:
    return parse_count(values[name], name) or 0


def aec_mapper(sides: SideMap, batch_id: str) -> Callable[[dict[str, Any]], Mapped]:
    """A function from one UCDP-AEC JSON object to (events row, casualty rows), without coordinates."""
    days: dict[str, str] = {}
    govs: dict[str, tuple[str | None, str | None]] = {}

    def mapper(obj: dict[str, Any]) -> Mapped:
        missing = [f for f in AEC_FIELDS if f not in obj]
        if missing:
            raise RowError(f"missing field(s) {', '.join(missing)}", f"each UCDP-AEC line needs {', '.join(AEC_FIELDS)}")
        ext = str(obj["id"] if obj["id"] is not None else "").strip()
        if not ext:
            raise RowError("empty id", "every UCDP row needs its id")
        start = parse_day(_text(obj["start_date"]), "start_date", days)
        end = parse_day(_text(obj["end_date"]), "end_date", days) if _text(obj["end_date"]) else start
        if end < start:
            raise RowError(f"end_date {end} is before start_date {start}", "swap or correct the dates")
        sa, sb = _text(obj["side_a_name"]), _text(obj["side_b_name"])
        side_a, side_b = sides.side(sa), sides.side(sb)
        eid = stable_id("UCDP", ext)
        parts = [(side_a or "unknown", sa or None, _deaths(obj, "deaths_side_a")),
                 (side_b or "unknown", sb or None, _deaths(obj, "deaths_side_b")),
                 ("civilians", None, _deaths(obj, "deaths_civilian")), ("unknown", None, _deaths(obj, "deaths_unknown"))]
        cas, note = ucdp_casualties(eid, parts, parse_count(obj["deaths_low"], "deaths_low"),
                                    parse_count(obj["deaths_high"], "deaths_high"))
        adm1, adm2, where = _text(obj["location_adm1_name"]), _text(obj["location_adm2_name"]), _text(obj["location_where_name"])
        gov, pcode = admin1_of(adm1, govs)
        located = ", ".join(p for p in (where, adm2, adm1) if p) or "nothing"
        missing_note = f"{AEC_MISSING_NOTE}; located only as: {located}" + ("" if adm1 else "; no governorate given")
        source = _text(obj["source_article"])
        return ((eid, ext, "UCDP", None, batch_id, start, end, _span_precision(start, end), _event_type(side_b, None),
                 side_a, sa or None, side_b, sb or None, where or None, None, None, None, gov, pcode, _district(adm2),
                 None, None, None, "SY", "extracted", sum(p[2] for p in parts), 0,
                 _join(missing_note, note, f"source: {source}" if source else None)), cas)

    return mapper


def _text(value: Any) -> str:
    return "" if value is None else str(value).strip()
