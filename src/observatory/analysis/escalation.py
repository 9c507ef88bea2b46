"""Escalation: rate ratios between periods with a count model, change-point scans, and FDR-controlled alerts.

* :func:`rate_ratio` fits ``count ~ after`` on daily counts with statsmodels: Poisson GLM, or a negative
  binomial model when the Pearson dispersion exceeds 1.5 (``family="auto"``). The rate ratio is ``exp(b)`` with
  its Wald confidence interval and p-value.
* :func:`change_points` scans every split of a daily series for the largest Poisson likelihood-ratio between
  a one-rate and a two-rate model (scipy log-pmfs); the p-value of the best split is Bonferroni-adjusted for
  the number of splits scanned (conservative).
* :func:`alerts` compares the period after a breakpoint with the one before, per governorate or region (and
  side), and keeps significant increases after Benjamini-Hochberg control of the false-discovery rate.
"""

from __future__ import annotations

import warnings
from dataclasses import asdict, dataclass
from datetime import date, timedelta
from typing import Any

import numpy as np
import pandas as pd
from scipy import stats

from observatory.analysis.frame import EPOCH, FrameFilter, day_number, load_frame
from observatory.analysis.ontology import load_ontology
from observatory.errors import AnalysisError
from observatory.store import Store


@dataclass(frozen=True, slots=True)
class RateRatio:
    before_total: int
    after_total: int
    before_days: int
    after_days: int
    rate_ratio: float
    ci_low: float
    ci_high: float
    p_value: float  # two-sided
    family: str
    dispersion: float

    @property
    def p_increase(self) -> float:
        """One-sided p-value for an increase."""
        half = self.p_value / 2.0
        return half if self.rate_ratio > 1.0 else 1.0 - half

    def to_json(self) -> dict[str, Any]:
        return {k: (round(v, 6) if isinstance(v, float) else v) for k, v in asdict(self).items()}


def _fit(y: np.ndarray, x: np.ndarray, family: str) -> tuple[Any, str, float]:
    import statsmodels.api as sm
    from statsmodels.discrete.discrete_model import NegativeBinomial

    design = sm.add_constant(x.astype(float), has_constant="add")
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")  # constant series trigger a (harmless) perfect-prediction warning
        poisson = sm.GLM(y, design, family=sm.families.Poisson()).fit()
    dispersion = float(poisson.pearson_chi2 / max(poisson.df_resid, 1))
    if family == "poisson" or (family == "auto" and dispersion <= 1.5):
        return poisson, "poisson", dispersion
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        nb = NegativeBinomial(y, design).fit(disp=0, maxiter=200)
    return nb, "negbin", dispersion


def rate_ratio(before: np.ndarray | list[int], after: np.ndarray | list[int], *, family: str = "auto",
               alpha: float = 0.05) -> RateRatio:
    """Rate ratio of daily counts after vs before (each array: one count per day)."""
    b, a = np.asarray(before, dtype=float), np.asarray(after, dtype=float)
    if len(b) == 0 or len(a) == 0:
        raise AnalysisError("both periods need at least one day")
    if b.sum() == 0 and a.sum() == 0:
        return RateRatio(0, 0, len(b), len(a), 1.0, 0.0, float("inf"), 1.0, "none", 0.0)
    y = np.concatenate([b, a])
    x = np.concatenate([np.zeros(len(b)), np.ones(len(a))])
    if b.sum() == 0 or a.sum() == 0:  # a zero period: add half an event to each side (Haldane) to keep it finite
        y = np.concatenate([y, [0.5, 0.5]])
        x = np.concatenate([x, [0.0, 1.0]])
    res, fam, disp = _fit(y, x, family)
    coef = float(np.asarray(res.params)[1])
    ci = np.asarray(res.conf_int(alpha=alpha))[1]
    return RateRatio(before_total=int(b.sum()), after_total=int(a.sum()), before_days=len(b), after_days=len(a),
                     rate_ratio=float(np.exp(coef)), ci_low=float(np.exp(ci[0])), ci_high=float(np.exp(ci[1])),
                     p_value=float(np.asarray(res.pvalues)[1]), family=fam, dispersion=disp)


@dataclass(frozen=True, slots=True)
class ChangePoint:
    day: date
    statistic: float
    p_value: float  # Bonferroni-adjusted over the splits scanned
    rate_before: float
    rate_after: float


def change_points(series: pd.Series, *, min_size: int = 7) -> ChangePoint | None:
    """The single most likely change in rate of a daily count series indexed by date (None if too short)."""
    y = series.to_numpy(dtype=float)
    n = len(y)
    if n < 2 * min_size or y.sum() == 0:
        return None
    cum = np.cumsum(y)
    total = cum[-1]
    one_rate = stats.poisson.logpmf(y, total / n).sum()
    best_stat, best_k = -1.0, min_size
    for k in range(min_size, n - min_size + 1):
        r1, r2 = cum[k - 1] / k, (total - cum[k - 1]) / (n - k)
        ll = stats.poisson.logpmf(y[:k], max(r1, 1e-12)).sum() + stats.poisson.logpmf(y[k:], max(r2, 1e-12)).sum()
        stat = 2.0 * (ll - one_rate)
        if stat > best_stat:
            best_stat, best_k = stat, k
    mean = total / n
    dispersion = max(1.0, float(((y - mean) ** 2).sum() / mean / (n - 1)))  # quasi-Poisson scale of the one-rate fit
    best_stat /= dispersion
    splits = n - 2 * min_size + 1
    p = min(1.0, float(stats.chi2.sf(best_stat, df=1)) * splits)
    day = pd.Timestamp(series.index[best_k]).date()
    return ChangePoint(day=day, statistic=float(best_stat), p_value=p, rate_before=float(cum[best_k - 1] / best_k),
                       rate_after=float((total - cum[best_k - 1]) / (n - best_k)))


def daily_series(frame: pd.DataFrame, since: date, until: date, measure: str = "events") -> pd.Series:
    """Daily counts (incidents, or the best killed) between two dates inclusive, zeros filled."""
    days = pd.RangeIndex(day_number(since), day_number(until) + 1)
    if measure == "events":
        counts = frame.drop_duplicates("cluster").groupby("day").size()
    else:
        counts = frame.groupby("day")["best"].sum()
    values = counts.reindex(days, fill_value=0).to_numpy()
    index = pd.to_datetime([EPOCH + timedelta(days=int(d)) for d in days])
    return pd.Series(values, index=index)


@dataclass(frozen=True, slots=True)
class Alert:
    area: str
    side: str
    measure: str
    result: RateRatio
    q_value: float
    significant: bool
    change: ChangePoint | None = None  # the most likely change in rate inside the whole window

    def to_json(self) -> dict[str, Any]:
        r = self.result
        cp = self.change
        return {"change_day": cp.day.isoformat() if cp else None,
                "change_p": round(cp.p_value, 6) if cp else None, **{"area": self.area, "side": self.side, "measure": self.measure, "before": r.before_total,
                "after": r.after_total, "rate_ratio": round(r.rate_ratio, 3), "ci_low": round(r.ci_low, 3),
                "ci_high": round(r.ci_high, 3), "p_increase": round(r.p_increase, 6), "q_value": round(self.q_value, 6),
                "family": r.family, "significant": self.significant}}


def alerts(store: Store, breakpoint: date, *, before_days: int = 28, after_days: int = 28, by: str = "governorate",
           sides: tuple[str, ...] = (), measure: str = "events", fdr: float = 0.05,
           min_events: int = 3, each_side: bool = False) -> list[Alert]:
    """Increases after ``breakpoint`` per governorate (or named region) — and per victim side group when
    ``each_side`` — BH-controlled at ``fdr`` across all the tests; every test is listed."""
    from statsmodels.stats.multitest import multipletests

    since, until = breakpoint - timedelta(days=before_days), breakpoint + timedelta(days=after_days - 1)
    onto = load_ontology()
    frame = load_frame(store, FrameFilter(since=since, until=until), onto)
    if sides:
        frame = frame[frame["side"].isin(onto.expand(sides))]
    tests: list[tuple[str, str, RateRatio, ChangePoint | None]] = []
    if each_side:
        side_parts = [(str(g), part) for g, part in frame.groupby("group")]
    else:
        side_parts = [("+".join(sides) if sides else "all", frame)]
    for side_label, side_frame in side_parts:
        for area, part in _areas(store, side_frame, by):
            if part["cluster"].nunique() < min_events:
                continue
            series = daily_series(part, since, until, measure)
            rr = rate_ratio(series.iloc[:before_days].to_numpy(), series.iloc[before_days:].to_numpy())
            tests.append((area, side_label, rr, change_points(series)))
    if not tests:
        return []
    reject, q, _, _ = multipletests([t[2].p_increase for t in tests], alpha=fdr, method="fdr_bh")
    out = [Alert(area=a, side=s, measure=measure, result=r, q_value=float(qv), significant=bool(rej and r.rate_ratio > 1),
                 change=cp) for (a, s, r, cp), qv, rej in zip(tests, q, reject, strict=True)]
    return sorted(out, key=lambda al: (not al.significant, al.q_value))


def _areas(store: Store, frame: pd.DataFrame, by: str) -> list[tuple[str, pd.DataFrame]]:
    if by == "governorate":
        return [(str(k), g) for k, g in frame.groupby("admin1")]
    if by == "region":
        import shapely

        from observatory.analysis.regions import all_regions

        located = frame[frame["lat"].notna() & frame["lon"].notna()]
        lon, lat = located["lon"].to_numpy(float), located["lat"].to_numpy(float)
        return [(r.name, located[shapely.contains_xy(r.geometry, lon, lat)]) for r in all_regions(store)
                if r.kind in ("region", "custom")]
    raise AnalysisError(f"cannot compare by {by!r}", fix="use governorate or region")
