"""Flat records of events: one shape for listing (`events`) and exporting (CSV, JSON, GeoJSON properties)."""

from __future__ import annotations

from typing import Any

from observatory.models import Event

EVENT_COLUMNS: tuple[str, ...] = (
    "id", "date_start", "date_end", "date_precision", "event_type", "perpetrator_side", "target_side",
    "place_name", "lat", "lon", "geo_precision", "admin1", "admin2", "killed", "injured", "killed_by_side",
    "source", "external_id", "review_status",
)


def event_record(event: Event) -> dict[str, Any]:
    """The event as one flat mapping of JSON-ready values (dates as ISO strings)."""
    loc = event.location
    by_side: dict[str, int] = {}
    for c in event.casualties:
        if c.killed is not None:
            by_side[c.side] = by_side.get(c.side, 0) + c.killed.best
    return {
        "id": event.id,
        "date_start": event.date_start.isoformat() if event.date_start else None,
        "date_end": event.date_end.isoformat() if event.date_end else None,
        "date_precision": event.date_precision.value,
        "event_type": event.event_type,
        "perpetrator_side": event.perpetrator_side,
        "target_side": event.target_side,
        "place_name": loc.name,
        "lat": loc.lat,
        "lon": loc.lon,
        "geo_precision": int(loc.precision) if loc.precision is not None else None,
        "admin1": loc.admin1,
        "admin2": loc.admin2,
        "killed": event.killed_best,
        "injured": event.injured_best,
        "killed_by_side": ";".join(f"{k}={v}" for k, v in sorted(by_side.items())),
        "source": event.source,
        "external_id": event.external_id,
        "review_status": event.review_status.value,
    }
