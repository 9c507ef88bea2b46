"""Synthetic events for benchmarks and tests of the maps (clearly fake: ids start with ``synthetic-``)."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import date, timedelta

import numpy as np

from observatory.models import EVENT_TYPES, GOVERNORATES, SIDES, Casualty, Count, Event, Location


def synthetic_events(n: int, *, seed: int = 7, start: date = date(2019, 1, 1), days: int = 120) -> Iterator[Event]:
    """``n`` random events inside Syria's bounding box, spread over ``days`` days from ``start``."""
    rng = np.random.default_rng(seed)
    lon = rng.uniform(36.3, 41.5, n)
    lat = rng.uniform(32.6, 37.0, n)
    day = rng.integers(0, days, n)
    killed = rng.choice([0, 0, 1, 1, 2, 3, 5, 8, 15, 40], n)
    types = rng.integers(0, len(EVENT_TYPES), n)
    perps = rng.integers(0, len(SIDES), n)
    govs = rng.integers(0, len(GOVERNORATES), n)
    for i in range(n):
        k = int(killed[i])
        yield Event(
            id=f"synthetic-{seed}-{i}", date_start=start + timedelta(days=int(day[i])),
            event_type=EVENT_TYPES[int(types[i])], perpetrator_side=SIDES[int(perps[i])], target_side="regime",
            location=Location(name=f"Site {i % 997}", lat=float(lat[i]), lon=float(lon[i]),
                              admin1=GOVERNORATES[int(govs[i])]),
            casualties=(Casualty("regime", killed=Count(k)),) if k else (), source="synthetic",
        )
