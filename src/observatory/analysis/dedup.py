"""Deduplication: reports of the same incident become one event cluster, with every source kept.

Rule ``dedup-1`` for a pair of events (from different reports):

* hard conditions — dates at most 1 day apart (3 when either date is not day-precise); a missing date is
  allowed only with a strong place match and equal counts; same governorate when both are known; same
  perpetrator and same target side when both are known; compatible event types (attack/ambush/clash/
  assassination/execution are one family, shelling/airstrike/drone strike another, IED/landmine/suicide
  bombing a third); casualty counts of the sides both report not in conflict (the larger at most
  2 x the smaller + 3, which allows a toll that rose by the next day);
* place score — 1 within 10 km, 0.6 within 30 km (geodesic), or the similarity of the normalised place
  names (spelling variants such as al-Sukhnah / Sokhna); the pair matches when it reaches 0.75.

Clusters are the connected components of matching pairs, minus the pairs an analyst split. Merged clusters are
stored in ``analysis_event_merges``; tallies read them and reconcile counts (``reconcile-1``).
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from datetime import UTC, date, datetime

from rapidfuzz import fuzz
from sqlalchemy import delete, insert, or_, select

from observatory.analysis.areas import GEOD
from observatory.errors import AnalysisError
from observatory.models import DatePrecision, Event
from observatory.store import EventFilter, Store
from observatory.store.analysis_tables import event_merges, event_splits

DEDUP_VERSION = "dedup-1"
PLACE_THRESHOLD = 0.75
_FAMILIES = (
    {"attack", "ambush", "clash", "assassination", "execution", "abduction"},
    {"shelling", "airstrike", "drone_strike"},
    {"ied_landmine", "suicide_bombing"},
)
_NOISE = re.compile(r"\b(al|el|ad|as|ash|ar|at|the|area|areas|desert|badia|countryside|town|village|city|of|near|"
                    r"outskirts|vicinity|in|northern|southern|eastern|western|north|south|east|west|rural)\b")
_VARIANTS = (("ou", "u"), ("ee", "i"), ("oo", "u"), ("ei", "ay"), ("ai", "ay"), ("aa", "a"), ("kh", "k"),
             ("q", "k"), ("dh", "z"), ("th", "t"), ("e", "a"), ("o", "u"), ("y", "i"), ("ah", "a"), ("h", ""))


@dataclass(frozen=True, slots=True)
class PairDecision:
    a: str
    b: str
    same: bool
    place_score: float
    reason: str


def normalise_place(name: str | None) -> str:
    if not name:
        return ""
    text = unicodedata.normalize("NFKD", name).encode("ascii", "ignore").decode().lower()
    text = re.sub(r"\b(al|el|as|ad|ash|ar|at|an|az)[-\s]", " ", text)  # articles: al-Sukhnah, as-Sukhnah
    text = re.sub(r"[-'`’]", "", text)  # ez-Zor, Nu'man: joined
    text = re.sub(r"[_/,.()]", " ", text)
    text = _NOISE.sub(" ", text)
    words = []
    for w in text.split():
        for old, new in _VARIANTS:
            w = w.replace(old, new)
        w = re.sub(r"(.)\1+", r"\1", w)
        if w:
            words.append(w)
    return " ".join(words)


def place_score(a: Event, b: Event) -> float:
    la, lb = a.location, b.location
    score = 0.0
    if la.lat is not None and la.lon is not None and lb.lat is not None and lb.lon is not None:
        _, _, dist = GEOD.inv(la.lon, la.lat, lb.lon, lb.lat)
        score = 1.0 if dist <= 10_000 else 0.6 if dist <= 30_000 else 0.0
        if score == 0.0:
            return 0.0
    na, nb = normalise_place(la.name), normalise_place(lb.name)
    if na and nb:
        score = max(score, fuzz.token_set_ratio(na, nb) / 100.0)
    return score


def _killed(e: Event) -> dict[str, int]:
    out: dict[str, int] = {}
    for c in e.casualties:
        if c.killed is not None:
            out[c.side] = out.get(c.side, 0) + c.killed.best
    return out


def _counts_conflict(a: Event, b: Event) -> bool:
    ka, kb = _killed(a), _killed(b)
    for side in set(ka) & set(kb):
        lo, hi = sorted((ka[side], kb[side]))
        if hi > 2 * lo + 3:
            return True
    return False


def _same_family(a: str, b: str) -> bool:
    return a == b or "other" in (a, b) or any(a in f and b in f for f in _FAMILIES)


def _date_ok(a: Event, b: Event) -> tuple[bool, bool]:
    """(compatible, both known)."""
    if a.date_start is None or b.date_start is None:
        return True, False
    loose = a.date_precision != DatePrecision.DAY or b.date_precision != DatePrecision.DAY
    return abs((a.date_start - b.date_start).days) <= (3 if loose else 1), True


def compare(a: Event, b: Event) -> PairDecision:
    """Decide by rule dedup-1 whether two events are reports of the same incident."""
    def no(reason: str, score: float = 0.0) -> PairDecision:
        return PairDecision(a.id, b.id, False, score, reason)

    if a.report_id is not None and a.report_id == b.report_id:
        return no("same report: its events are distinct by construction")
    dates_ok, both_dated = _date_ok(a, b)
    if not dates_ok:
        return no("dates too far apart")
    ga, gb = a.location.admin1, b.location.admin1
    if ga and gb and ga != gb:
        return no("different governorates")
    for x, y, what in ((a.perpetrator_side, b.perpetrator_side, "perpetrators"), (a.target_side, b.target_side, "targets")):
        if x and y and x != y:
            return no(f"different {what}")
    if not _same_family(a.event_type, b.event_type):
        return no("incompatible event types")
    if _counts_conflict(a, b):
        return no("casualty counts conflict")
    score = place_score(a, b)
    if score < PLACE_THRESHOLD:
        return no("places differ", score)
    if not both_dated and (score < 0.9 or _killed(a) != _killed(b) or not _killed(a)):
        return no("undated report without a strong place and equal counts", score)
    return PairDecision(a.id, b.id, True, score, "same incident")


class _UnionFind:
    def __init__(self) -> None:
        self.parent: dict[str, str] = {}

    def find(self, x: str) -> str:
        self.parent.setdefault(x, x)
        while self.parent[x] != x:
            self.parent[x] = self.parent[self.parent[x]]
            x = self.parent[x]
        return x

    def union(self, a: str, b: str) -> None:
        ra, rb = self.find(a), self.find(b)
        if ra != rb:
            self.parent[max(ra, rb)] = min(ra, rb)


def _blocks(items: Sequence[Event]) -> Iterable[tuple[Event, Event]]:
    """Candidate pairs: same governorate (or unknown), ordered by date, within a 3-day window (undated: all)."""
    by_gov: dict[str, list[Event]] = {}
    for e in items:
        by_gov.setdefault(e.location.admin1 or "?", []).append(e)
    for gov, group in by_gov.items():
        pool = group + (by_gov.get("?", []) if gov != "?" else [])
        dated = sorted((e for e in pool if e.date_start), key=lambda e: (e.date_start or date.min, e.id))
        undated = [e for e in pool if e.date_start is None]
        for i, a in enumerate(dated):
            for b in dated[i + 1:]:
                if a.date_start and b.date_start and (b.date_start - a.date_start).days > 3:
                    break
                yield a, b
        for i, a in enumerate(undated):
            for b in dated + undated[i + 1:]:
                yield a, b


def cluster(items: Sequence[Event], splits: set[frozenset[str]] = frozenset()) -> list[list[str]]:  # type: ignore[assignment]
    """Clusters (of size >= 2) of events that rule dedup-1 says report the same incident."""
    uf = _UnionFind()
    seen: set[frozenset[str]] = set()
    for a, b in _blocks(items):
        key = frozenset((a.id, b.id))
        if key in seen or key in splits or a.id == b.id:
            continue
        seen.add(key)
        if compare(a, b).same:
            uf.union(a.id, b.id)
    groups: dict[str, list[str]] = {}
    for e in items:
        groups.setdefault(uf.find(e.id), []).append(e.id)
    return sorted((sorted(g) for g in groups.values() if len(g) > 1), key=lambda g: g[0])


def _splits(store: Store) -> set[frozenset[str]]:
    with store.engine.connect() as conn:
        return {frozenset((r[0], r[1])) for r in conn.execute(select(event_splits.c.event_a, event_splits.c.event_b))}


def _now() -> datetime:
    return datetime.now(UTC).replace(tzinfo=None, microsecond=0)


def deduplicate(store: Store, *, since: date | None = None, until: date | None = None) -> list[list[str]]:
    """Find duplicate events in the period and store their clusters (analyst merges are kept)."""
    items = list(store.iter_events(EventFilter(since=since, until=until)))
    clusters = cluster(items, _splits(store))
    with store.batch("dedup") as (conn, _bid):
        manual = set(conn.execute(select(event_merges.c.event_id).where(event_merges.c.origin == "analyst")).scalars())
        ids = [e.id for e in items if e.id not in manual]
        for i in range(0, len(ids), 500):
            conn.execute(delete(event_merges).where(event_merges.c.event_id.in_(ids[i:i + 500]),
                                                    event_merges.c.origin == "auto"))
        rows = [{"event_id": eid, "cluster_id": group[0], "origin": "auto", "rule_version": DEDUP_VERSION,
                 "score": None, "created": _now()} for group in clusters for eid in group if eid not in manual]
        if rows:
            conn.execute(insert(event_merges), rows)
    return clusters


def merge_events(store: Store, event_ids: Sequence[str]) -> str:
    """An analyst's merge: these events (and their current clusters) become one cluster; returns its id."""
    if len(set(event_ids)) < 2:
        raise AnalysisError("give at least two event ids to merge")
    for eid in event_ids:
        store.get_event(eid)  # raises NotFoundError for an unknown id
    with store.batch("merge", inputs=",".join(event_ids)) as (conn, _bid):
        current = dict(conn.execute(select(event_merges.c.event_id, event_merges.c.cluster_id)
                                    .where(event_merges.c.event_id.in_(event_ids))).all())
        clusters = {current.get(e, e) for e in event_ids}
        members = set(event_ids) | set(conn.execute(select(event_merges.c.event_id)
                                                    .where(event_merges.c.cluster_id.in_(clusters))).scalars())
        target = min(members)
        conn.execute(delete(event_merges).where(event_merges.c.event_id.in_(members)))
        conn.execute(insert(event_merges), [{"event_id": m, "cluster_id": target, "origin": "analyst",
                                             "rule_version": DEDUP_VERSION, "score": None, "created": _now()}
                                            for m in sorted(members)])
        conn.execute(delete(event_splits).where(event_splits.c.event_a.in_(members), event_splits.c.event_b.in_(members)))
    return target


def split_events(store: Store, event_ids: Sequence[str], note: str | None = None) -> list[str]:
    """An analyst's split: take these events out of their clusters and never merge them again with the rest."""
    if not event_ids:
        raise AnalysisError("give the event ids to split off")
    with store.batch("split", inputs=",".join(event_ids)) as (conn, _bid):
        clusters = set(conn.execute(select(event_merges.c.cluster_id)
                                    .where(event_merges.c.event_id.in_(event_ids))).scalars())
        if not clusters:
            raise AnalysisError("none of these events is merged with another", fix="list clusters with `observatory merge --list`")
        members = set(conn.execute(select(event_merges.c.event_id).where(event_merges.c.cluster_id.in_(clusters))).scalars())
        rest = sorted(members - set(event_ids))
        conn.execute(delete(event_merges).where(or_(event_merges.c.event_id.in_(members))))
        if len(rest) > 1:
            conn.execute(insert(event_merges), [{"event_id": m, "cluster_id": rest[0], "origin": "analyst",
                                                 "rule_version": DEDUP_VERSION, "score": None, "created": _now()}
                                                for m in rest])
        pairs = {tuple(sorted((a, b))) for a in event_ids for b in members if a != b}
        existing = {tuple(r) for r in conn.execute(select(event_splits.c.event_a, event_splits.c.event_b))}
        new = [{"event_a": a, "event_b": b, "created": _now(), "note": note} for a, b in sorted(pairs - existing)]
        if new:
            conn.execute(insert(event_splits), new)
    return rest


def list_clusters(store: Store) -> list[dict[str, object]]:
    with store.engine.connect() as conn:
        rows = conn.execute(select(event_merges).order_by(event_merges.c.cluster_id, event_merges.c.event_id)).mappings()
        out: dict[str, dict[str, object]] = {}
        for r in rows:
            entry = out.setdefault(r["cluster_id"], {"cluster": r["cluster_id"], "events": [], "origin": r["origin"]})
            members = entry["events"]
            assert isinstance(members, list)
            members.append(r["event_id"])
    return list(out.values())
