"""The JSON line of `observatory extract --format jsonl`, read by ../shared/tools/score_extraction.py.

The line follows the labelling schema: a siege or blockade with no one killed or hurt in it ("regime forces tightened
their siege on the camp") is a situation the event store keeps, not an incident of the schema, so it is left out; a
siege with a toll is written with the schema's type `other` (incident_situation).
"""

from __future__ import annotations

from typing import Any

from observatory.extract.incident_situation import SITUATIONS, schema_kind
from observatory.extract.places import governorate_of
from observatory.models import GOVERNORATES, Claim, Event, Extraction, GeoPrecision


def _incident(event: Event, claims: list[Claim]) -> dict[str, Any]:
    killed: dict[str, int] = {}
    injured: dict[str, int] = {}
    vague: dict[str, str] = {}
    for c in event.casualties:
        if c.killed is not None:
            killed[c.side] = killed.get(c.side, 0) + c.killed.best
        if c.injured is not None:
            injured[c.side] = injured.get(c.side, 0) + c.injured.best
    for claim in claims:
        if claim.field.startswith("killed.") and claim.qualifier.value == "vague":
            vague[claim.field.split(".", 1)[1]] = claim.value
    places = [claim.value for claim in claims if claim.field == "place"]
    loc = event.location
    place_rows = [_unresolved_row(c, claims) for c in claims if c.field == "place"]
    if place_rows and loc.lat is not None:
        located = {"name": loc.name or places[0], "lat": loc.lat, "lon": loc.lon, "admin1": loc.admin1,
                   "precision": int(loc.precision) if loc.precision is not None else None}
        rest = [r for r in place_rows if str(r["name"]).lower() != str(located["name"]).lower()]
        if len(rest) == len(place_rows):
            rest = rest[1:]  # the geocoder's spelling of the first place
        place_rows = [located, *rest]  # the resolved place first, once
    row: dict[str, Any] = {
        "id": event.id,
        "date": event.date_start.isoformat() if event.date_start else None,
        "type": schema_kind(event.event_type),
        "perpetrator": event.perpetrator_side,
        "target": event.target_side,
        "killed": killed,
        "injured": injured,
        "places": place_rows,
        "governorate": loc.admin1,
    }
    if vague:
        row["vague"] = vague
    return row


def _unresolved_row(place: Claim, claims: list[Claim]) -> dict[str, Any]:
    """A place row without coordinates; a governorate named alone ("the eastern countryside of Homs", "Homs province")
    gets its governorate as admin1 and ACLED precision 3 (region)."""
    gov = next((c.value for c in claims if c.field == "governorate" and c.span == place.span), None) or \
        governorate_of(place.value)
    if gov not in GOVERNORATES:
        return {"name": place.value, "lat": None, "lon": None, "admin1": None, "precision": None}
    return {"name": place.value, "lat": None, "lon": None, "admin1": gov, "precision": int(GeoPrecision.REGION)}


def _mere_situation(event: Event) -> bool:
    """A siege with no one killed or hurt in it."""
    return event.event_type in SITUATIONS and not any(c.killed is not None or c.injured is not None
                                                       for c in event.casualties)


def to_contract(report_external_id: str, extraction: Extraction) -> dict[str, Any]:
    """One output line: {"id", "incidents": [...], "totals": [...]} (plus "reason" when nothing could be read)."""
    by_event: dict[str | None, list[Claim]] = {}
    for claim in extraction.claims:
        by_event.setdefault(claim.event_id, []).append(claim)
    out: dict[str, Any] = {
        "id": report_external_id,
        "incidents": [_incident(e, by_event.get(e.id, [])) for e in extraction.events if not _mere_situation(e)],
        "totals": [
            {"since": t.since.isoformat() if t.since else None, "until": t.until.isoformat() if t.until else None,
             "side": t.side, "killed": t.killed, "of_which": dict(t.of_which),
             **({"since_text": t.since_text} if t.since_text else {}), **({"region": t.region} if t.region else {}),
             **({"perpetrator": t.perpetrator} if t.perpetrator else {})}
            for t in extraction.totals
        ],
    }
    if extraction.reason:
        out["reason"] = extraction.reason
    if extraction.language != "en":
        out["language"] = extraction.language
    return out
