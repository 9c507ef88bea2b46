"""Benchmark: tallies over N synthetic events (default 10M) through the rollup index, beside raw DuckDB group-bys
on the same data in the same run. Prints build time, p50/p95 per query set, and peak memory.

    python bench/bench_tally.py            # 10,000,000 events
    python bench/bench_tally.py --events 1000000 --repeat 20
"""

from __future__ import annotations

import argparse
import resource
import time
from datetime import date

import numpy as np
import pandas as pd

from observatory.analysis.frame import EPOCH
from observatory.analysis.ontology import load_ontology
from observatory.analysis.rollup import TallyIndex
from observatory.analysis.tally import TallyQuery
from observatory.models import EVENT_TYPES, GOVERNORATES

SIDES_W = {"regime": 30, "hts_rebels": 18, "civilians": 20, "isis": 10, "sdf": 7, "pro_iran_foreign": 4,
           "turkey_factions": 4, "unknown": 4, "russia": 0.5, "coalition": 0.3, "israel": 0.2}
PERPS = ["regime", "russia", "isis", "hts_rebels", "sdf", "turkey_factions", "coalition", "unknown", "unstated"]
SOURCES = ["SOHR", "SNHR", "ACLED", "UCDP", "North Press", "Enab Baladi", "Step News", "Hawar", "SANA", "Zaman al-Wasl",
           "Deir Ezzor 24", "Syria Direct"]
START, DAYS = date(2011, 3, 15), 5000


def _pick(rng: np.random.Generator, names: list[str], weights: np.ndarray, n: int) -> pd.Categorical:
    codes = rng.choice(len(names), size=n, p=weights / weights.sum())
    return pd.Categorical.from_codes(codes, categories=names)


def synthetic_frame(n: int, seed: int = 0) -> pd.DataFrame:
    """A reconciled casualty frame of ``n`` synthetic events (1.3 casualty rows per event on average)."""
    rng = np.random.default_rng(seed)
    extra = rng.random(n) < 0.3
    ev = np.concatenate([np.arange(n), np.nonzero(extra)[0]])
    ev.sort(kind="stable")
    m = len(ev)
    day0 = (START - EPOCH).days
    ev_day = day0 + np.sort(rng.integers(0, DAYS, n))
    gov_w = 1.0 / np.arange(1, len(GOVERNORATES) + 1)
    type_w = 1.0 / np.arange(1, len(EVENT_TYPES) + 1) ** 0.8
    ev_gov = rng.choice(len(GOVERNORATES), size=n, p=gov_w / gov_w.sum())
    ev_type = rng.choice(len(EVENT_TYPES), size=n, p=type_w / type_w.sum())
    ev_perp = rng.choice(len(PERPS), size=n)
    src_names = SOURCES + [f"{a}|{b}" for a, b in zip(SOURCES[:6], SOURCES[6:], strict=True)]
    src_w = np.array([1.0 / (i + 1) for i in range(len(SOURCES))] + [0.02] * 6)
    ev_src = rng.choice(len(src_names), size=n, p=src_w / src_w.sum())
    sides = list(SIDES_W)
    side_codes = rng.choice(len(sides), size=m, p=np.array(list(SIDES_W.values())) / sum(SIDES_W.values()))
    onto = load_ontology()
    nat_names = sorted({onto.nationality_of(s, None) for s in sides} | {"IR", "AF", "LB"})
    default_nat = np.array([nat_names.index(onto.nationality_of(s, None)) for s in sides])
    nat = default_nat[side_codes]
    pif = side_codes == sides.index("pro_iran_foreign")
    nat[pif] = rng.choice([nat_names.index(x) for x in ("IR", "AF", "LB", "non-SY")], size=int(pif.sum()))
    group_names = sorted({onto.partition_of(s) for s in sides})
    group_of = np.array([group_names.index(onto.partition_of(s)) for s in sides])
    best = rng.geometric(0.35, size=m) - 1
    low = best - rng.integers(0, 2, size=m).clip(max=best)
    high = best + rng.integers(0, 3, size=m)
    return pd.DataFrame({
        "cluster": ev, "day": ev_day[ev],
        "admin1": pd.Categorical.from_codes(ev_gov[ev], categories=list(GOVERNORATES)),
        "type": pd.Categorical.from_codes(ev_type[ev], categories=list(EVENT_TYPES)),
        "perpetrator": pd.Categorical.from_codes(ev_perp[ev], categories=PERPS),
        "side": pd.Categorical.from_codes(side_codes, categories=sides),
        "nationality": pd.Categorical.from_codes(nat, categories=nat_names),
        "group": pd.Categorical.from_codes(group_of[side_codes], categories=group_names),
        "source": pd.Categorical.from_codes(ev_src[ev], categories=src_names),
        "minimum": low, "low": low, "best": best, "high": high,
    })


def queries() -> list[TallyQuery]:
    d = date
    return [
        TallyQuery(since=d(2019, 3, 24), until=d(2019, 4, 20), by=("group", "side")),
        TallyQuery(since=d(2019, 3, 24), until=d(2019, 4, 20), sides=("regime_and_allies",), by=("nationality", "side")),
        TallyQuery(since=d(2019, 1, 1), until=d(2019, 12, 31), by=("governorate", "side")),
        TallyQuery(since=d(2012, 1, 1), until=d(2024, 12, 31), by=("month", "side")),
        TallyQuery(since=d(2012, 1, 7), until=d(2024, 6, 30), by=("group",)),
        TallyQuery(since=d(2018, 2, 3), until=d(2020, 11, 17), by=("week",), sides=("isis",)),
        TallyQuery(since=d(2011, 3, 15), until=d(2024, 12, 31), governorates=("Homs", "Deir-ez-Zor"), by=("type",)),
        TallyQuery(since=d(2016, 5, 5), until=d(2016, 5, 5)),
        TallyQuery(since=d(2014, 6, 10), until=d(2021, 8, 22), by=("year", "perpetrator")),
        TallyQuery(since=d(2013, 1, 1), until=d(2023, 12, 31)),
    ]


def duckdb_sql(q: TallyQuery) -> str:
    cols = {"side": "side", "group": '"group"', "nationality": "nationality", "governorate": "admin1", "type": "type",
            "perpetrator": "perpetrator", "week": "day - ((day + 3) % 7)", "month": "date_trunc('month', DATE '1970-01-01' + day::INTEGER)",
            "year": "year(DATE '1970-01-01' + day::INTEGER)"}
    keys = [cols[b] for b in q.by]
    where = [f"day BETWEEN {(q.since - EPOCH).days} AND {(q.until - EPOCH).days}"] if q.since and q.until else ["TRUE"]
    if q.governorates:
        where.append("admin1 IN (" + ",".join(f"'{g}'" for g in q.governorates) + ")")
    if q.sides:
        sides = load_ontology().expand(q.sides)
        where.append("side IN (" + ",".join(f"'{s}'" for s in sides) + ")")
    sel = ", ".join(keys + ["sum(minimum)", "sum(low)", "sum(best)", "sum(high)", "count(DISTINCT cluster)",
                            "count(DISTINCT source)"])
    group = f" GROUP BY {', '.join(keys)}" if keys else ""
    return f"SELECT {sel} FROM frame WHERE {' AND '.join(where)}{group}"


def _timed(fn: object, repeat: int) -> list[float]:
    out = []
    for _ in range(repeat):
        t = time.perf_counter()
        fn()  # type: ignore[operator]
        out.append((time.perf_counter() - t) * 1000)
    return out


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--events", type=int, default=10_000_000)
    ap.add_argument("--repeat", type=int, default=10)
    args = ap.parse_args()
    t = time.perf_counter()
    frame = synthetic_frame(args.events)
    print(f"synthetic frame: {args.events:,} events, {len(frame):,} casualty rows in {time.perf_counter() - t:.1f} s")
    t = time.perf_counter()
    index = TallyIndex.build(frame, load_ontology())
    print(f"index base build: {time.perf_counter() - t:.1f} s")
    import duckdb

    con = duckdb.connect()
    con.register("frame", frame)
    ours, raw, cold = [], [], []
    for q in queries():
        cold += _timed(lambda q=q: index.query(q), 1)  # the first query of a shape builds its rollup
        a = _timed(lambda q=q: index.query(q), args.repeat)
        b = _timed(lambda q=q: con.execute(duckdb_sql(q)).fetchall(), args.repeat)
        ours += a
        raw += b
        print(f"  by={','.join(q.by) or '-':22s} sides={','.join(q.sides) or '-':18s} {q.since}..{q.until}: "
              f"cold {cold[-1]:7.0f} ms  index p50 {np.percentile(a, 50):6.1f} ms  duckdb p50 {np.percentile(b, 50):6.1f} ms")
    print(f"rollup rows after all shapes: {sum(len(tb.t) for tb in index.tables.values()):,}")
    peak_gb = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024 / 1024
    print(f"tally via rollup index: p50 {np.percentile(ours, 50):.1f} ms, p95 {np.percentile(ours, 95):.1f} ms, "
          f"max {max(ours):.1f} ms over {len(ours)} runs")
    print(f"first query of each shape (builds its rollup): median {np.median(cold):.0f} ms, max {max(cold):.0f} ms")
    print(f"raw DuckDB group-by:    p50 {np.percentile(raw, 50):.1f} ms, p95 {np.percentile(raw, 95):.1f} ms")
    print(f"peak memory (RSS): {peak_gb:.2f} GB")


if __name__ == "__main__":
    main()
