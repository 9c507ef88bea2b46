"""What a monitoring report says, gathered from saved statements: every figure carries its statement id."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date
from typing import Any

from observatory.analysis.statements import Statement, save_statement
from observatory.analysis.tally import ClaimComparison, TallyQuery, tally
from observatory.errors import AnalysisError
from observatory.models import GOVERNORATES, Event
from observatory.outputs.mapdata import Quote, SourceRef, data_span, sources_for
from observatory.store import EventFilter, Store

MAX_INCIDENTS = 500


@dataclass(frozen=True, slots=True)
class ReportRequest:
    since: date | None = None
    until: date | None = None
    region: str | None = None  # a governorate, district or named region (see `observatory regions`)
    title: str | None = None


@dataclass(frozen=True, slots=True)
class Figure:
    """One row of a saved statement: a key (e.g. side=regime) and its numbers, cited by ``statement``."""

    key: tuple[tuple[str, str], ...]
    minimum: int
    best: int
    high: int
    incidents: int
    sources: int
    statement: str

    def get(self, name: str) -> str:
        return dict(self.key).get(name, "")


@dataclass(frozen=True, slots=True)
class Incident:
    event: Event
    sources: tuple[SourceRef, ...]
    quotes: tuple[Quote, ...]


@dataclass(frozen=True, slots=True)
class ReportData:
    request: ReportRequest
    since: date | None
    until: date | None
    total: Figure
    by_side: tuple[Figure, ...]
    by_nationality: tuple[Figure, ...]
    by_governorate: tuple[Figure, ...]
    by_week: tuple[Figure, ...]
    by_perpetrator_side: tuple[Figure, ...]
    by_perpetrator_governorate: tuple[Figure, ...]
    claims: tuple[ClaimComparison, ...]
    claims_statement: str
    incidents: tuple[Incident, ...]
    incidents_left_out: int
    statements: tuple[Statement, ...]
    notes: tuple[str, ...]

    @property
    def empty(self) -> bool:
        return self.total.incidents == 0


def _figures(st: Statement) -> tuple[Figure, ...]:
    return tuple(_figure(row, st.id) for row in st.figure.get("rows", []))


def _figure(row: dict[str, Any], sid: str) -> Figure:
    measures = ("minimum", "low", "best", "high", "incidents", "sources")
    key = tuple((k, str(v)) for k, v in row.items() if k not in measures)
    return Figure(key=key, minimum=int(row.get("minimum", 0)), best=int(row.get("best", 0)),
                  high=int(row.get("high", 0)), incidents=int(row.get("incidents", 0)),
                  sources=int(row.get("sources", 0)), statement=sid)


def _sorted(figs: Sequence[Figure]) -> tuple[Figure, ...]:
    return tuple(sorted(figs, key=lambda f: (-f.minimum, -f.incidents, f.key)))


def gather(store: Store, request: ReportRequest) -> ReportData:
    """Run and save the statements a report needs, and read its incidents with their sources."""
    since, until = request.since, request.until
    if since is None or until is None:
        first, last = data_span(store)
        since, until = since or first, until or last
    gov = governorate_of(request.region)
    where: dict[str, Any] = {"governorates": (gov,)} if gov else {"region": request.region}
    base = TallyQuery(since=since, until=until, **where)
    saved: list[Statement] = []

    def save(by: tuple[str, ...], note: str) -> Statement:
        query = TallyQuery(since=since, until=until, by=by, **where)
        st = save_statement(store, query, note=f"report: {note}")
        saved.append(st)
        return st

    total_result = tally(store, base)
    total_st = save_statement(store, base, result=total_result, note="report: headline total")
    saved.append(total_st)
    t = total_st.figure["total"]
    data = ReportData(
        request=request, since=since, until=until, total=_figure(t, total_st.id),
        by_side=_sorted(_figures(save(("side",), "by side"))),
        by_nationality=_sorted(_figures(save(("nationality",), "by nationality"))),
        by_governorate=_sorted(_figures(save(("governorate",), "by governorate"))),
        by_week=tuple(sorted(_figures(save(("week",), "weekly")), key=lambda f: f.get("week"))),
        by_perpetrator_side=_sorted(_figures(save(("perpetrator", "side"), "perpetrator and victims"))),
        by_perpetrator_governorate=_sorted(_figures(save(("perpetrator", "governorate"), "perpetrator and place"))),
        claims=total_result.claims, claims_statement=total_st.id,
        incidents=(), incidents_left_out=0, statements=(), notes=total_result.notes,
    )
    incidents, left_out = _incidents(store, since, until, request.region)
    from dataclasses import replace

    return replace(data, incidents=incidents, incidents_left_out=left_out, statements=tuple(saved))


def governorate_of(region: str | None) -> str | None:
    """The canonical governorate name when ``region`` names one (any case), else None."""
    if region is None:
        return None
    return next((g for g in GOVERNORATES if g.lower() == region.strip().lower()), None)


def _incidents(store: Store, since: date | None, until: date | None,
               region: str | None) -> tuple[tuple[Incident, ...], int]:
    gov = governorate_of(region)
    events = list(store.iter_events(EventFilter(since=since, until=until, governorates=(gov,) if gov else ())))
    if region is not None and gov is None:
        events = _in_region(store, events, region)
    kept = events[:MAX_INCIDENTS]
    quotes, refs = sources_for(store, [e.id for e in kept], [e.report_id or "" for e in kept], max_quotes=3)
    out = []
    for e in kept:
        src = (refs[e.report_id],) if e.report_id and e.report_id in refs else ()
        out.append(Incident(event=e, sources=src, quotes=tuple(quotes.get(e.id, ()))))
    return tuple(out), len(events) - len(kept)


def _in_region(store: Store, events: list[Event], region: str) -> list[Event]:
    try:
        from observatory.analysis.regions import region_geometry

        geom = region_geometry(store, region)
    except (ImportError, AnalysisError):
        return [e for e in events if (e.location.admin1 or "").lower() == region.lower()]
    from shapely.geometry import Point

    return [e for e in events if e.location.lat is not None and e.location.lon is not None
            and geom.contains(Point(e.location.lon, e.location.lat))]
