"""Escalation statistics: rate ratios (statsmodels), change points, FDR-controlled alerts."""

from __future__ import annotations

from datetime import date, timedelta
from pathlib import Path

import numpy as np
import pandas as pd
import pytest
from click.testing import CliRunner

from observatory.analysis.escalation import alerts, change_points, rate_ratio
from observatory.cli import cli
from observatory.models import Casualty, Count, Event, Location
from observatory.store import Store


def test_poisson_rate_ratio_is_the_ratio_of_rates() -> None:
    before, after = [1, 0, 2, 1, 1, 0, 1] * 4, [3, 2, 2, 4, 1, 3, 2] * 4
    rr = rate_ratio(before, after, family="poisson")
    assert rr.rate_ratio == pytest.approx(sum(after) / sum(before), rel=1e-6)
    assert rr.ci_low < rr.rate_ratio < rr.ci_high
    assert rr.p_value < 0.001 and rr.p_increase < 0.001
    same = rate_ratio([2] * 20, [2] * 20, family="poisson")
    assert same.rate_ratio == pytest.approx(1.0) and same.p_value > 0.9


def test_overdispersed_counts_use_negative_binomial() -> None:
    rng = np.random.default_rng(5)
    before = rng.negative_binomial(1, 0.3, 60)
    after = rng.negative_binomial(1, 0.15, 60)
    rr = rate_ratio(before, after)
    assert rr.family == "negbin" and rr.dispersion > 1.5
    poisson = rate_ratio(before, after, family="poisson")
    assert (rr.ci_high - rr.ci_low) > (poisson.ci_high - poisson.ci_low)  # honest, wider interval


def test_zero_period_stays_finite() -> None:
    rr = rate_ratio([0] * 14, [1, 2, 0, 1] * 3 + [1, 1])
    assert np.isfinite(rr.rate_ratio) and rr.rate_ratio > 1


def test_change_point_found_near_the_true_break() -> None:
    rng = np.random.default_rng(11)
    y = np.concatenate([rng.poisson(0.8, 40), rng.poisson(3.0, 30)])
    series = pd.Series(y, index=pd.date_range("2019-02-11", periods=70))
    cp = change_points(series)
    assert cp is not None
    assert abs((cp.day - date(2019, 3, 23)).days) <= 3
    assert cp.p_value < 0.01 and cp.rate_after > cp.rate_before
    flat = pd.Series(rng.poisson(1.0, 70), index=pd.date_range("2019-02-11", periods=70))
    flat_cp = change_points(flat)
    assert flat_cp is None or flat_cp.p_value > 0.01


def _events(gov: str, lat: float, lon: float, per_day_before: float, per_day_after: float, seed: int) -> list[Event]:
    rng = np.random.default_rng(seed)
    out = []
    start = date(2019, 2, 23)
    for d in range(56):
        rate = per_day_before if d < 28 else per_day_after
        for k in range(rng.poisson(rate)):
            out.append(Event(id=f"{gov}-{d}-{k}", date_start=start + timedelta(days=d), event_type="attack",
                             perpetrator_side="isis", target_side="regime",
                             location=Location(lat=lat, lon=lon, admin1=gov),
                             casualties=(Casualty("regime", killed=Count(2)),)))
    return out


def test_alerts_flag_only_the_escalating_area(tmp_db: Path) -> None:
    store = Store.open(str(tmp_db))
    with store.batch("test") as (conn, bid):
        store.add_events(conn, bid, _events("Homs", 34.6, 38.3, 0.3, 1.5, 1) + _events("Idleb", 35.9, 36.6, 1.0, 1.0, 2)
                         + _events("Dar'a", 32.6, 36.1, 0.8, 0.7, 3))
    found = alerts(store, date(2019, 3, 23), sides=("regime_and_allies",))
    by_area = {a.area: a for a in found}
    assert by_area["Homs"].significant and by_area["Homs"].result.rate_ratio > 2
    assert not by_area["Idleb"].significant and not by_area["Dar'a"].significant
    assert all(a.q_value >= a.result.p_increase - 1e-12 for a in found)
    homs_change = by_area["Homs"].change
    assert homs_change is not None and abs((homs_change.day - date(2019, 3, 23)).days) <= 7
    per_side = alerts(store, date(2019, 3, 23), each_side=True, measure="killed")
    assert {(a.area, a.side) for a in per_side if a.significant} == {("Homs", "regime_and_allies")}
    regions = {a.area: a for a in alerts(store, date(2019, 3, 23), by="region")}
    assert regions["Syrian Desert"].significant
    res = CliRunner().invoke(cli, ["alerts", "--db", str(tmp_db), "--breakpoint", "2019-03-23", "--all"])
    assert res.exit_code == 0, res.output
    assert "Homs" in res.output and "1 significant increase(s) of 3" in res.output
