"""Pre-aggregated rollups that answer tallies over millions of events in milliseconds.

A :class:`TallyIndex` is built once from a reconciled casualty frame (see :mod:`observatory.analysis.frame`).
It holds, at three time grains (day, ISO week, month), sums of the four measures and, for the incident and
source counts, one table per counting level (event, side, partition group, side+nationality) — counts are
additive across time, governorate, type and perpetrator only within a level, so each grouping reads the level
that counts every incident once. Distinct sources are kept as 63-bit masks OR-ed together.

A period is answered from whole months (or weeks, when grouping by week) plus the days at its edges. Queries
the rollups cannot answer exactly (spatial filters, nationality without side, side filters that cut across a
group) are answered from the raw frame slice, which is exact too. :meth:`TallyIndex.query` returns the same
rows as :func:`observatory.analysis.tally.tally_frame`.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, timedelta

import numpy as np
import pandas as pd

from observatory.analysis.frame import EPOCH, day_number
from observatory.analysis.ontology import Ontology
from observatory.analysis.tally import MEASURES, TallyQuery, TallyRow, tally_frame
from observatory.store import Store

ATTRS = ("admin1", "type", "perpetrator", "side", "nationality", "group")
_DIM_ATTR = {"governorate": "admin1", "type": "type", "perpetrator": "perpetrator", "side": "side",
             "nationality": "nationality", "group": "group"}


def _month_start(days: np.ndarray) -> np.ndarray:
    ts = pd.to_datetime(days, unit="D").to_period("M").to_timestamp()
    out: np.ndarray = np.asarray((ts - pd.Timestamp(EPOCH)).days, dtype=np.int64)
    return out


def _week_start(days: np.ndarray) -> np.ndarray:
    out: np.ndarray = days - ((days + 3) % 7)
    return out


@dataclass
class _Table:
    t: np.ndarray
    codes: dict[str, np.ndarray]
    values: dict[str, np.ndarray]  # measures (sidenat only), incidents, srcmask

    def slice(self, t0: int, t1: int) -> tuple[int, int]:
        return int(np.searchsorted(self.t, t0, "left")), int(np.searchsorted(self.t, t1, "right"))


class TallyIndex:
    """Rollups of one frame; build with :meth:`build`, query with :meth:`query`.

    A rollup table is made for each query shape (time grain, grouping attributes, governorate/type filter
    attributes, victim-side set) the first time it is asked for, and kept: rows are filtered to the side set
    before aggregating, and incidents are distinct clusters per (period, key), so sums over periods and over
    event-level attributes (governorate, type, perpetrator) never count an incident twice.
    """

    def __init__(self, frame: pd.DataFrame, ontology: Ontology) -> None:
        self.ontology = ontology
        if not frame["day"].is_monotonic_increasing:
            frame = frame.sort_values("day", kind="stable").reset_index(drop=True)
        self.frame = frame  # not copied when already in date order (the index only reads it)
        self.frame_days = self.frame["day"].to_numpy(np.int64)
        self.cats: dict[str, list[str]] = {}
        self.tables: dict[tuple[str, tuple[str, ...], tuple[str, ...]], _Table] = {}
        self.sources_ok = True
        self.base = pd.DataFrame()

    @classmethod
    def from_store(cls, store: Store, ontology: Ontology | None = None) -> TallyIndex:
        """An index of every dated event in the store (rebuild it after new data or merges)."""
        from observatory.analysis.frame import FrameFilter, load_frame
        from observatory.analysis.ontology import load_ontology

        onto = ontology or load_ontology()
        return cls.build(load_frame(store, FrameFilter(), onto), onto)

    @classmethod
    def build(cls, frame: pd.DataFrame, ontology: Ontology) -> TallyIndex:
        idx = cls(frame, ontology)
        idx._build()
        return idx

    def _build(self) -> None:
        f = self.frame
        base = pd.DataFrame({"day": self.frame_days.astype(np.int32),
                             "cluster": pd.factorize(f["cluster"])[0].astype(np.int32)})
        for a in ATTRS:
            codes, uniques = pd.factorize(f[a], sort=True)
            base[a] = codes.astype(np.int16)
            self.cats[a] = [str(u) for u in uniques]
        src_codes, src_uniques = pd.factorize(f["source"])
        names = sorted({s for joined in src_uniques for s in str(joined).split("|")})
        self.sources_ok = len(names) <= 63
        bit = {n: i for i, n in enumerate(names)}
        masks = np.array([sum(1 << bit[s] for s in str(j).split("|")) if self.sources_ok else 0 for j in src_uniques],
                         dtype=np.int64)
        base["srcmask"] = masks[src_codes] if len(masks) else np.zeros(len(f), dtype=np.int64)
        for m in MEASURES:
            base[m] = f[m].to_numpy(np.int32)
        days = self.frame_days
        base["week"] = _week_start(days).astype(np.int32)
        base["month"] = _month_start(days).astype(np.int32)
        self.base = base

    def table(self, grain: str, attrs: tuple[str, ...], sides: tuple[str, ...]) -> _Table:
        """The rollup for a shape, built on first use."""
        key = (grain, attrs, sides)
        if key not in self.tables:
            base = self.base
            if sides:
                codes = [i for i, v in enumerate(self.cats["side"]) if v in set(sides)]
                base = base[base["side"].isin(codes)]
            self.tables[key] = self._aggregate(base, "day" if grain == "day" else grain, list(attrs))
        return self.tables[key]

    @staticmethod
    def _aggregate(base: pd.DataFrame, tcol: str, keys: list[str]) -> _Table:
        """Incidents (distinct clusters per period and key), OR of source masks, and the measure sums.

        Keys are packed into one int64 (mixed radix), so two sorts (numpy ``unique``) do all the work."""
        t = base[tcol].to_numpy(np.int64)
        if len(t) == 0:
            return _Table(t=t, codes={k: t.copy() for k in keys},
                          values={c: t.copy() for c in (*MEASURES, "incidents", "srcmask")})
        t0 = int(t.min())
        sizes = [int(t.max()) - t0 + 1] + [int(base[k].max()) + 1 for k in keys]
        packed = t - t0
        for k, size in zip(keys, sizes[1:], strict=True):
            packed = packed * size + base[k].to_numpy(np.int64)
        ukey, inv = np.unique(packed, return_inverse=True)
        inv = inv.ravel().astype(np.int64)
        values: dict[str, np.ndarray] = {}
        for m in MEASURES:
            values[m] = np.bincount(inv, weights=base[m].to_numpy(np.float64), minlength=len(ukey)).astype(np.int64)
        cluster = base["cluster"].to_numpy(np.int64)
        _, first = np.unique(inv * (int(cluster.max()) + 1) + cluster, return_index=True)
        pair_key = inv[first]
        values["incidents"] = np.bincount(pair_key, minlength=len(ukey)).astype(np.int64)
        masks = base["srcmask"].to_numpy(np.int64)[first]
        used = int(np.bitwise_or.reduce(masks)) if len(masks) else 0
        srcmask = np.zeros(len(ukey), dtype=np.int64)
        for b in (b for b in range(63) if used >> b & 1):
            has = np.bincount(pair_key, weights=((masks >> b) & 1).astype(np.float64), minlength=len(ukey)) > 0
            srcmask |= has.astype(np.int64) << b
        values["srcmask"] = srcmask
        codes: dict[str, np.ndarray] = {}
        rest = ukey.copy()
        for k, size in zip(reversed(keys), reversed(sizes[1:]), strict=True):
            rest, codes[k] = np.divmod(rest, size)
        return _Table(t=rest + t0, codes=codes, values=values)

    # -- querying ---------------------------------------------------------------------------------------------

    def query(self, q: TallyQuery) -> tuple[tuple[TallyRow, ...], TallyRow]:
        """Rows and total for a query (spatial queries other than governorates go to the exact frame path)."""
        if q.region or q.bbox or q.within_km or q.measure != "killed" or not self.sources_ok or len(self.base) == 0:
            return self._exact(q)
        sides = self.ontology.expand(q.sides) if q.sides else ()
        t0 = day_number(q.since) if q.since else int(self.frame_days[0])
        t1 = day_number(q.until) if q.until else int(self.frame_days[-1])
        time_dim = next((b for b in q.by if b in ("week", "month", "year")), None)
        pieces = self._pieces(t0, t1, "week" if time_dim == "week" else "month")
        by_attrs = tuple(_DIM_ATTR[b] for b in q.by if b in _DIM_ATTR)
        filt = tuple(a for a, v in (("admin1", q.governorates), ("type", q.types)) if v)
        filters = self._filters(q)
        fields = (*MEASURES, "incidents", "srcmask")
        grouped = self._collect(pieces, by_attrs + tuple(a for a in filt if a not in by_attrs), sides, q.by, filters,
                                fields)
        total = self._collect(pieces, filt, sides, (), filters, fields).get((), [0] * len(fields))
        return self._rows(q.by, grouped, total)

    def _exact(self, q: TallyQuery) -> tuple[tuple[TallyRow, ...], TallyRow]:
        lo = np.searchsorted(self.frame_days, day_number(q.since), "left") if q.since else 0
        hi = np.searchsorted(self.frame_days, day_number(q.until), "right") if q.until else len(self.frame_days)
        part = self.frame.iloc[lo:hi]
        if q.governorates:
            part = part[part["admin1"].isin(q.governorates)]
        if q.types:
            part = part[part["type"].isin(q.types)]
        return tally_frame(part, q, self.ontology)

    def _pieces(self, t0: int, t1: int, coarse: str) -> list[tuple[str, int, int]]:
        """(grain, first t, last t) covering [t0, t1]: whole coarse periods in the middle, days at the edges."""
        if t1 < t0:
            return []
        starts = _week_start(np.array([t0, t1 + 1])) if coarse == "week" else _month_start(np.array([t0, t1 + 1]))
        first_full = int(starts[0]) if int(starts[0]) == t0 else self._next(int(starts[0]), coarse)
        end_excl = int(starts[1])  # start of the period holding t1 + 1
        if first_full >= end_excl:
            return [("day", t0, t1)]
        out = [(coarse, first_full, end_excl - 1)]
        if t0 < first_full:
            out.append(("day", t0, first_full - 1))
        if end_excl <= t1:
            out.append(("day", end_excl, t1))
        return out

    @staticmethod
    def _next(start: int, coarse: str) -> int:
        if coarse == "week":
            return start + 7
        d = EPOCH + timedelta(days=start)
        nxt = date(d.year + (d.month == 12), d.month % 12 + 1, 1)
        return day_number(nxt)

    def _filters(self, q: TallyQuery) -> dict[str, np.ndarray]:
        out: dict[str, np.ndarray] = {}
        for attr, wanted in (("admin1", q.governorates), ("type", q.types)):
            if wanted:
                out[attr] = np.array([i for i, v in enumerate(self.cats[attr]) if v in set(wanted)], dtype=np.int64)
        return out

    def _time_key(self, t: np.ndarray, dim: str) -> np.ndarray:
        if dim == "week":
            return _week_start(t)
        if dim == "month":
            return _month_start(t)
        return np.asarray(pd.to_datetime(t, unit="D").year, dtype=np.int64)

    def _collect(self, pieces: list[tuple[str, int, int]], attrs: tuple[str, ...], sides: tuple[str, ...],
                 by: tuple[str, ...], filters: dict[str, np.ndarray],
                 fields: tuple[str, ...]) -> dict[tuple[int, ...], list[int]]:
        keys_out: list[np.ndarray] = []
        vals_out: dict[str, list[np.ndarray]] = {f: [] for f in fields}
        for grain, a, b in pieces:
            table = self.table(grain, attrs, sides)
            i, j = table.slice(a, b)
            mask = np.ones(j - i, dtype=bool)
            for attr, allowed in filters.items():
                mask &= np.isin(table.codes[attr][i:j], allowed)
            cols = [self._time_key(table.t[i:j][mask], d) if d in ("week", "month", "year")
                    else table.codes[_DIM_ATTR[d]][i:j][mask] for d in by]
            keys_out.append(np.stack(cols, axis=1) if cols else np.zeros((int(mask.sum()), 0), dtype=np.int64))
            for f in fields:
                vals_out[f].append(table.values[f][i:j][mask])
        return _group(keys_out, vals_out, fields)

    def _rows(self, by: tuple[str, ...], grouped: dict[tuple[int, ...], list[int]],
              total: list[int]) -> tuple[tuple[TallyRow, ...], TallyRow]:
        cache: dict[tuple[str, int], str] = {}

        def label(dim: str, code: int) -> str:
            key = (dim, code)
            if key not in cache:
                cache[key] = make_label(dim, code)
            return cache[key]

        def make_label(dim: str, code: int) -> str:
            if dim == "week":
                return (EPOCH + timedelta(days=code)).isoformat()
            if dim == "month":
                return (EPOCH + timedelta(days=code)).strftime("%Y-%m")
            if dim == "year":
                return str(code)
            return self.cats[_DIM_ATTR[dim]][code]

        def row(key: tuple[tuple[str, str], ...], v: list[int]) -> TallyRow:
            return TallyRow(key=key, minimum=int(v[0]), low=int(v[1]), best=int(v[2]), high=int(v[3]),
                            incidents=int(v[4]), sources=int(v[5]).bit_count())

        rows = [row(tuple((d, label(d, int(c))) for d, c in zip(by, k, strict=True)), v)
                for k, v in grouped.items()] if by else []
        rows.sort(key=lambda r: tuple(v for _, v in r.key))
        return tuple(rows), row((), total)


def _group(keys: list[np.ndarray], vals: dict[str, list[np.ndarray]],
           fields: tuple[str, ...]) -> dict[tuple[int, ...], list[int]]:
    k = np.concatenate(keys) if keys else np.zeros((0, 0), dtype=np.int64)
    if len(k) == 0:
        return {}
    if k.shape[1] == 0:
        out = []
        for f in fields:
            v = np.concatenate(vals[f])
            out.append(int(np.bitwise_or.reduce(v)) if f == "srcmask" else int(v.sum()))
        return {(): out}
    combined = np.zeros(len(k), dtype=np.int64)
    uniques = []
    for c in range(k.shape[1]):
        u, inv = np.unique(k[:, c], return_inverse=True)
        combined = combined * len(u) + inv.ravel()
        uniques.append(u)
    present, inverse = np.unique(combined, return_inverse=True)
    inverse = inverse.ravel()
    result: dict[str, np.ndarray] = {}
    for f in fields:
        v = np.concatenate(vals[f])
        if f == "srcmask":
            acc = np.zeros(len(present), dtype=np.int64)
            np.bitwise_or.at(acc, inverse, v)
            result[f] = acc
        else:
            result[f] = np.bincount(inverse, weights=v, minlength=len(present)).astype(np.int64)
    out_keys = []
    for code in present.tolist():
        parts = []
        for u in reversed(uniques):
            code, r = divmod(code, len(u))
            parts.append(int(u[r]))
        out_keys.append(tuple(reversed(parts)))
    columns = [result[f].tolist() for f in fields]
    return {key: list(vals) for key, vals in zip(out_keys, zip(*columns, strict=True), strict=True)}
