"""Tallies: documented minimum, reconciled low/best/high, incidents and sources, beside the sources' own totals.

Incidents reported by several sources are merged (``observatory merge`` or :mod:`observatory.analysis.dedup`)
and reconciled by rule ``reconcile-1`` (see :mod:`observatory.analysis.frame`), so one incident is counted once.
Period totals that sources publish (cumulative claims) are never summed with incidents: they are shown beside
the documented figures with the difference explained.
"""

from __future__ import annotations

import json
from dataclasses import asdict, dataclass, field, replace
from datetime import date, timedelta
from typing import Any

import numpy as np
import pandas as pd

from observatory.analysis import RULE_VERSION
from observatory.analysis.frame import EPOCH, FrameFilter, day_number, load_frame
from observatory.analysis.ontology import Ontology, load_ontology
from observatory.errors import AnalysisError
from observatory.models import CumulativeClaim
from observatory.store import Store

DIMENSIONS = ("side", "group", "nationality", "type", "governorate", "perpetrator", "week", "month", "year")
MEASURES = ("minimum", "low", "best", "high")
_COLUMN = {"governorate": "admin1"}


@dataclass(frozen=True, slots=True)
class TallyQuery:
    """A tally request. ``sides`` may name sides or ontology groups (``regime_and_allies``)."""

    since: date | None = None
    until: date | None = None
    governorates: tuple[str, ...] = ()
    region: str | None = None
    bbox: tuple[float, float, float, float] | None = None
    within_km: float | None = None
    of_place: str | None = None
    by: tuple[str, ...] = ()
    sides: tuple[str, ...] = ()
    types: tuple[str, ...] = ()
    measure: str = "killed"

    def __post_init__(self) -> None:
        bad = [b for b in self.by if b not in DIMENSIONS]
        if bad:
            raise AnalysisError(f"cannot group by {', '.join(bad)}", fix=f"use some of: {', '.join(DIMENSIONS)}")
        if self.since and self.until and self.until < self.since:
            raise AnalysisError(f"--until {self.until} is before --since {self.since}", fix="swap the dates")
        if (self.within_km is None) != (self.of_place is None):
            raise AnalysisError("--within-km and --of go together", fix="give both, e.g. --within-km 25 --of Palmyra")
        if self.measure not in ("killed", "injured"):
            raise AnalysisError(f"unknown measure {self.measure!r}", fix="use killed or injured")

    def to_json(self) -> dict[str, Any]:
        out = asdict(self)
        for k in ("since", "until"):
            out[k] = out[k].isoformat() if out[k] else None
        return out

    @classmethod
    def from_json(cls, data: dict[str, Any]) -> TallyQuery:
        values = dict(data)
        for k in ("since", "until"):
            values[k] = date.fromisoformat(values[k]) if values.get(k) else None
        for k in ("governorates", "by", "sides", "types"):
            values[k] = tuple(values.get(k) or ())
        if values.get("bbox") is not None:
            values["bbox"] = tuple(values["bbox"])
        return cls(**values)


@dataclass(frozen=True, slots=True)
class TallyRow:
    key: tuple[tuple[str, str], ...]
    minimum: int
    low: int
    best: int
    high: int
    incidents: int
    sources: int

    def to_json(self) -> dict[str, Any]:
        return {**dict(self.key), "minimum": self.minimum, "low": self.low, "best": self.best, "high": self.high,
                "incidents": self.incidents, "sources": self.sources}


@dataclass(frozen=True, slots=True)
class ClaimComparison:
    """A source's own period total beside what the documented incidents add up to."""

    report_id: str
    side: str
    group: str | None
    sides: tuple[str, ...]
    killed: int
    qualifier: str
    since: date | None
    until: date | None
    of_which: tuple[tuple[str, int], ...]
    region: str | None
    perpetrator: str | None
    documented: int
    difference: int
    explanation: str

    def to_json(self) -> dict[str, Any]:
        out = asdict(self)
        out["of_which"] = dict(self.of_which)
        out["sides"] = list(self.sides)
        out["since"] = self.since.isoformat() if self.since else None
        out["until"] = self.until.isoformat() if self.until else None
        return out


@dataclass(frozen=True, slots=True)
class TallyResult:
    query: TallyQuery
    rows: tuple[TallyRow, ...]
    total: TallyRow
    claims: tuple[ClaimComparison, ...] = ()
    rule_version: str = RULE_VERSION
    notes: tuple[str, ...] = field(default=())

    def to_json(self) -> dict[str, Any]:
        return {"query": self.query.to_json(), "rule_version": self.rule_version,
                "total": self.total.to_json(), "rows": [r.to_json() for r in self.rows],
                "claims": [c.to_json() for c in self.claims], "notes": list(self.notes)}

    def figure(self) -> dict[str, Any]:
        """What a statement freezes: the rows and the total (not the notes)."""
        return {"total": self.total.to_json(), "rows": [r.to_json() for r in self.rows]}


# -- computing -------------------------------------------------------------------------------------------------


def tally(store: Store, query: TallyQuery, *, ontology: Ontology | None = None, index: Any = None) -> TallyResult:
    """Tally the store's events for ``query``; see the module doc.

    ``index``: a :class:`observatory.analysis.rollup.TallyIndex` built from this store (``TallyIndex.from_store``)
    answers the rows in milliseconds for long-running processes; the CLI reads the store directly.
    """
    onto = ontology or load_ontology()
    if index is not None and not (query.region or query.bbox or query.within_km):
        rows_, total_ = index.query(query)
        claims_ = compare_claims(store, index.frame, query, onto)
        return TallyResult(query=query, rows=rows_, total=total_, claims=claims_)
    flt = FrameFilter(since=query.since, until=query.until, governorates=query.governorates, types=query.types,
                      bbox=query.bbox, measure=query.measure)
    frame = load_frame(store, flt, onto)
    notes: list[str] = []
    frame = _spatial(store, frame, query, notes)
    rows, total = tally_frame(frame, query, onto)
    claims = compare_claims(store, frame, query, onto)
    return TallyResult(query=query, rows=rows, total=total, claims=claims, notes=tuple(notes))


def _spatial(store: Store, frame: pd.DataFrame, query: TallyQuery, notes: list[str]) -> pd.DataFrame:
    if query.region is None and query.within_km is None:
        return frame
    from observatory.analysis.regions import points_within, region_geometry, resolve_point

    has_xy = frame["lat"].notna() & frame["lon"].notna()
    missing = frame.loc[~has_xy, "cluster"].nunique()
    if missing:
        notes.append(f"{missing} incident(s) without coordinates left out by the spatial filter")
    located = frame[has_xy]
    lon, lat = located["lon"].to_numpy(float), located["lat"].to_numpy(float)
    keep = np.ones(len(located), dtype=bool)
    if query.region is not None:
        geom = region_geometry(store, query.region)
        import shapely

        keep &= shapely.contains_xy(geom, lon, lat)
    if query.within_km is not None and query.of_place is not None:
        plon, plat = resolve_point(store, query.of_place)
        keep &= points_within(lon, lat, plon, plat, query.within_km)
    return located[keep]


def _with_keys(frame: pd.DataFrame, by: tuple[str, ...]) -> pd.DataFrame:
    df = frame
    if any(b in by for b in ("week", "month", "year")):
        df = df.copy()
        days = df["day"].to_numpy("int64")
        if "week" in by:
            monday = days - ((days + 3) % 7)
            df["week"] = [(EPOCH + timedelta(days=int(d))).isoformat() for d in monday]
        if "month" in by or "year" in by:
            stamps = pd.to_datetime(days, unit="D")
            df["month"] = stamps.strftime("%Y-%m")
            df["year"] = stamps.strftime("%Y")
    return df


def _filter_sides(frame: pd.DataFrame, query: TallyQuery, onto: Ontology) -> pd.DataFrame:
    if not query.sides:
        return frame
    return frame[frame["side"].isin(onto.expand(query.sides))]


def _row(key: tuple[tuple[str, str], ...], part: pd.DataFrame) -> TallyRow:
    sums = part[list(MEASURES)].sum()
    sources = {s for joined in part["source"].unique() for s in str(joined).split("|")}
    return TallyRow(key=key, minimum=int(sums["minimum"]), low=int(sums["low"]), best=int(sums["best"]),
                    high=int(sums["high"]), incidents=int(part["cluster"].nunique()), sources=len(sources))


def tally_frame(frame: pd.DataFrame, query: TallyQuery, onto: Ontology) -> tuple[tuple[TallyRow, ...], TallyRow]:
    """Group a reconciled casualty frame as the query asks; returns (rows, total)."""
    df = _with_keys(_filter_sides(frame, query, onto), query.by)
    total = _row((), df)
    if not query.by or df.empty:
        return (), total
    cols = [_COLUMN.get(b, b) for b in query.by]
    rows = []
    for values, part in df.groupby(cols, sort=True, observed=True):
        vals = values if isinstance(values, tuple) else (values,)
        rows.append(_row(tuple(zip(query.by, (str(v) for v in vals), strict=True)), part))
    rows.sort(key=lambda r: tuple(v for _, v in r.key))
    return tuple(rows), total


# -- the sources' own totals -----------------------------------------------------------------------------------


def _claim_sides(claim: CumulativeClaim, onto: Ontology) -> tuple[str | None, tuple[str, ...]]:
    from observatory.models import SIDES

    parts = {claim.side} | {k for k, _ in claim.of_which if k in SIDES}
    if len(parts) == 1:
        return None, (claim.side,)
    group = onto.smallest_group_with(parts)
    if group is None:
        return None, tuple(s for s in SIDES if s in parts)
    return group.name, group.sides


def _documented(frame: pd.DataFrame, sides: tuple[str, ...], claim: CumulativeClaim) -> int:
    part = frame[frame["side"].isin(sides)]
    if claim.since is not None:
        part = part[part["day"] >= day_number(claim.since)]
    if claim.until is not None:
        part = part[part["day"] <= day_number(claim.until)]
    if claim.perpetrator:
        part = part[part["perpetrator"] == claim.perpetrator]
    return int(part["minimum"].sum())


def _explain(name: str, killed: int, documented: int, of_which: dict[str, int]) -> str:
    inside = "".join(f", {n} {k}" for k, n in of_which.items())
    head = f"sources report at least {killed} {name}{' (of which' + inside[1:] + ')' if inside else ''}"
    diff = killed - documented
    if diff > 0:
        return f"{head}; documented incidents sum to {documented}; {diff} not itemised"
    if diff < 0:
        return f"{head}; documented incidents sum to {documented}, {-diff} more than the sources' total"
    return f"{head}; documented incidents sum to the same figure"


def _claim_in_area(region: str | None, places: list[str]) -> bool:
    """A regional total belongs to a spatial tally when its region names the governorate or region asked for."""
    if region is None or not places:
        return False
    text = region.lower()
    return any(p in text or text in p for p in places)


def compare_claims(store: Store, frame: pd.DataFrame, query: TallyQuery,
                   onto: Ontology) -> tuple[ClaimComparison, ...]:
    """The sources' period totals inside the queried period, each with the documented figure beside it."""
    if query.measure != "killed":
        return ()
    spatial = bool(query.governorates or query.region or query.bbox or query.within_km)
    wanted = set(onto.expand(query.sides)) if query.sides else None
    out = []
    places = [p.lower() for p in (*query.governorates, query.region or "") if p]
    for claim in store.totals(query.since, query.until):
        if spatial and not _claim_in_area(claim.region, places):
            continue
        group, sides = _claim_sides(claim, onto)
        if wanted is not None and not wanted & set(sides):
            continue
        documented = _documented(frame, sides, claim)
        name = group or claim.side
        out.append(ClaimComparison(
            report_id=claim.report_id, side=claim.side, group=group, sides=sides, killed=claim.killed,
            qualifier=claim.qualifier.value, since=claim.since, until=claim.until, of_which=claim.of_which,
            region=claim.region, perpetrator=claim.perpetrator, documented=documented,
            difference=claim.killed - documented, explanation=_explain(name, claim.killed, documented,
                                                                       dict(claim.of_which))))
    return tuple(sorted(out, key=lambda c: (-c.killed, c.side)))


def result_json(result: TallyResult) -> str:
    return json.dumps(result.to_json(), ensure_ascii=False, indent=2, sort_keys=False)


def narrow(query: TallyQuery, **changes: Any) -> TallyQuery:
    """A copy of the query with some fields changed (validated again)."""
    return replace(query, **changes)
