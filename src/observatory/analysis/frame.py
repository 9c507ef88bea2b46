"""Events as a casualty frame: one row per (incident, side, nationality), merged reports reconciled.

The reconciliation rule (``reconcile-1``) for an incident reported by several sources (events merged into
one cluster), per side and nationality:

* ``minimum`` = the largest of the sources' lower bounds (each source documents at least its own low);
* ``low``     = the smallest lower bound;
* ``best``    = the median of the sources' best figures (the lower median for an even count);
* ``high``    = the largest upper bound.

An event without casualty rows still counts as an incident; it is attributed to its target side with zeros.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, timedelta

import numpy as np
import pandas as pd
from sqlalchemy import and_, func, select

from observatory.analysis.ontology import Ontology
from observatory.store import Store
from observatory.store.analysis_tables import event_merges
from observatory.store.schema import casualties, events, reports

RECONCILE_VERSION = "reconcile-1"
EPOCH = date(1970, 1, 1)
FRAME_COLUMNS = ("cluster", "day", "admin1", "type", "perpetrator", "side", "nationality", "group", "source",
                 "lat", "lon", "precision", "minimum", "low", "best", "high")


@dataclass(frozen=True, slots=True)
class FrameFilter:
    since: date | None = None
    until: date | None = None
    governorates: tuple[str, ...] = ()
    types: tuple[str, ...] = ()
    bbox: tuple[float, float, float, float] | None = None
    measure: str = "killed"  # killed | injured


def day_number(d: date) -> int:
    return (d - EPOCH).days


def _raw_query(flt: FrameFilter, margin: int) -> object:
    e, c, m = events.c, casualties.c, event_merges.c
    meas = "killed" if flt.measure == "killed" else "injured"
    cols = [
        e.id.label("event_id"), func.coalesce(m.cluster_id, e.id).label("cluster"), e.date_start.label("date"),
        e.admin1, e.event_type.label("type"), e.perpetrator_side.label("perpetrator"), e.target_side,
        func.coalesce(e.source, reports.c.source, e.report_id, "unknown").label("source"),
        e.lat, e.lon, e.geo_precision.label("precision"), c.side, c.nationality,
        c[f"{meas}_low"].label("low"), c[f"{meas}_best"].label("best"), c[f"{meas}_high"].label("high"),
    ]
    query = (select(*cols).select_from(events.outerjoin(casualties, c.event_id == e.id)
                                       .outerjoin(reports, reports.c.id == e.report_id)
                                       .outerjoin(event_merges, m.event_id == e.id)))
    conds = []
    if flt.since is not None:
        conds.append(e.date_start >= flt.since - timedelta(days=margin))
    if flt.until is not None:
        conds.append(e.date_start <= flt.until + timedelta(days=margin))
    if flt.governorates:
        conds.append(e.admin1.in_(flt.governorates))
    if flt.types:
        conds.append(e.event_type.in_(flt.types))
    if flt.bbox is not None:
        w, s, east, n = flt.bbox
        conds.append(and_(e.lon.between(w, east), e.lat.between(s, n)))
    return query.where(and_(*conds)) if conds else query


def load_frame(store: Store, flt: FrameFilter, ontology: Ontology) -> pd.DataFrame:
    """The reconciled casualty frame of the events matching ``flt`` (see the module doc for the rule)."""
    with store.engine.connect() as conn:
        has_merges = conn.execute(select(func.count()).select_from(event_merges)).scalar_one() > 0
        raw = pd.read_sql(_raw_query(flt, 7 if has_merges else 0), conn)  # type: ignore[call-overload]
    frame = prepare(raw, ontology)
    if has_merges:
        frame = reconcile(frame)
    if flt.since is not None:
        frame = frame[frame["day"] >= day_number(flt.since)]
    if flt.until is not None:
        frame = frame[frame["day"] <= day_number(flt.until)]
    return frame.reset_index(drop=True)


def prepare(raw: pd.DataFrame, ontology: Ontology) -> pd.DataFrame:
    """Normalise raw event-casualty rows: sides, nationalities, groups and counts filled in."""
    df = raw.copy()
    dates = pd.to_datetime(df["date"], errors="coerce")
    df = df[dates.notna()].copy()
    df["day"] = (dates[dates.notna()] - pd.Timestamp(EPOCH)).dt.days.astype("int64")
    no_cas = df["side"].isna()
    df.loc[no_cas, "side"] = df.loc[no_cas, "target_side"].fillna("unknown")
    df["side"] = df["side"].astype(str)
    nat = [ontology.nationality_of(s, n if isinstance(n, str) else None) for s, n in zip(df["side"], df["nationality"],
                                                                                            strict=True)]
    df["nationality"] = nat
    df["group"] = [ontology.partition_of(s) for s in df["side"]]
    best = df["best"].fillna(0).astype("int64")
    df["best"] = best
    df["low"] = df["low"].fillna(best).astype("int64")
    df["high"] = df["high"].fillna(best).astype("int64")
    df["minimum"] = df["low"]
    for col in ("admin1", "perpetrator", "type"):
        df[col] = df[col].fillna("unstated").astype(str)
    return df[[c for c in FRAME_COLUMNS if c in df.columns] + ["event_id"]]


def reconcile(frame: pd.DataFrame) -> pd.DataFrame:
    """One row per (cluster, side, nationality) by rule reconcile-1; cluster attributes from its members."""
    if frame.empty:
        return frame
    firsts = frame.sort_values(["cluster", "day", "precision"]).groupby("cluster", sort=False).first()
    sources = frame.groupby("cluster")["source"].agg(lambda s: "|".join(sorted(set(s))))
    keys = ["cluster", "side", "nationality"]
    per_event = frame.groupby(keys + ["event_id"], as_index=False)[["low", "best", "high"]].sum()
    agg = per_event.groupby(keys).agg(minimum=("low", "max"), low=("low", "min"), high=("high", "max"),
                                      best=("best", lambda b: int(np.sort(b.to_numpy())[(len(b) - 1) // 2])))
    out = agg.reset_index()
    attrs = firsts[["day", "admin1", "type", "perpetrator", "lat", "lon", "precision"]]
    out = out.join(attrs, on="cluster")
    out["group"] = frame.drop_duplicates("side").set_index("side")["group"].reindex(out["side"]).to_numpy()
    out["source"] = sources.reindex(out["cluster"]).to_numpy()
    out["event_id"] = out["cluster"]
    out["best"] = np.clip(out["best"], out["low"], out["high"])
    return out[list(FRAME_COLUMNS) + ["event_id"]]
