"""Mapping between model dataclasses and table rows."""

from __future__ import annotations

import json
from collections.abc import Mapping
from datetime import date
from typing import Any

from observatory.models import (
    Casualty,
    Claim,
    Count,
    CumulativeClaim,
    DatePrecision,
    Event,
    GeoPrecision,
    Location,
    Qualifier,
    Report,
    ReviewStatus,
    Span,
)


def report_row(report: Report, batch_id: str | None) -> dict[str, Any]:
    return {
        "id": report.id,
        "external_id": report.external_id,
        "source": report.source,
        "url": report.url,
        "published": report.published,
        "language": report.language,
        "title": report.title,
        "text": report.text,
        "origin": report.origin,
        "batch_id": batch_id,
    }


def row_report(row: Mapping[Any, Any]) -> Report:
    return Report(
        text=row["text"],
        source=row["source"],
        url=row["url"],
        published=_as_date(row["published"]),
        language=row["language"],
        external_id=row["external_id"],
        origin=row["origin"],
        title=row["title"],
    )


def event_row(event: Event, batch_id: str | None) -> dict[str, Any]:
    loc = event.location
    return {
        "id": event.id,
        "external_id": event.external_id,
        "source": event.source,
        "report_id": event.report_id,
        "batch_id": batch_id,
        "date_start": event.date_start,
        "date_end": event.date_end,
        "date_precision": event.date_precision.value,
        "event_type": event.event_type,
        "perpetrator_side": event.perpetrator_side,
        "perpetrator_actor": event.perpetrator_actor,
        "target_side": event.target_side,
        "target_actor": event.target_actor,
        "place_name": loc.name,
        "lat": loc.lat,
        "lon": loc.lon,
        "geo_precision": int(loc.precision) if loc.precision is not None else None,
        "admin1": loc.admin1,
        "admin1_pcode": loc.admin1_pcode,
        "admin2": loc.admin2,
        "admin2_pcode": loc.admin2_pcode,
        "admin3": loc.admin3,
        "admin3_pcode": loc.admin3_pcode,
        "country": loc.country,
        "review_status": event.review_status.value,
        "killed_best": event.killed_best,
        "injured_best": event.injured_best,
        "notes": event.notes,
    }


def casualty_rows(event: Event) -> list[dict[str, Any]]:
    rows = []
    for c in event.casualties:
        k, i = c.killed, c.injured
        rows.append({
            "event_id": event.id,
            "side": c.side,
            "nationality": c.nationality,
            "actor": c.actor,
            "killed_low": k.low if k else None,
            "killed_best": k.best if k else None,
            "killed_high": k.high if k else None,
            "killed_qualifier": k.qualifier.value if k else None,
            "injured_low": i.low if i else None,
            "injured_best": i.best if i else None,
            "injured_high": i.high if i else None,
            "injured_qualifier": i.qualifier.value if i else None,
        })
    return rows


def _count(row: Mapping[Any, Any], prefix: str) -> Count | None:
    best = row[f"{prefix}_best"]
    if best is None:
        return None
    return Count(best=best, low=row[f"{prefix}_low"], high=row[f"{prefix}_high"],
                 qualifier=Qualifier(row[f"{prefix}_qualifier"] or "exact"))


def row_casualty(row: Mapping[Any, Any]) -> Casualty:
    return Casualty(side=row["side"], killed=_count(row, "killed"), injured=_count(row, "injured"),
                    nationality=row["nationality"], actor=row["actor"])


def row_event(row: Mapping[Any, Any], casualties: tuple[Casualty, ...]) -> Event:
    precision = row["geo_precision"]
    return Event(
        id=row["id"],
        external_id=row["external_id"],
        source=row["source"],
        report_id=row["report_id"],
        date_start=_as_date(row["date_start"]),
        date_end=_as_date(row["date_end"]),
        date_precision=DatePrecision(row["date_precision"]),
        event_type=row["event_type"],
        perpetrator_side=row["perpetrator_side"],
        perpetrator_actor=row["perpetrator_actor"],
        target_side=row["target_side"],
        target_actor=row["target_actor"],
        location=Location(
            name=row["place_name"], lat=row["lat"], lon=row["lon"],
            precision=GeoPrecision(precision) if precision is not None else None,
            admin1=row["admin1"], admin1_pcode=row["admin1_pcode"], admin2=row["admin2"],
            admin2_pcode=row["admin2_pcode"], admin3=row["admin3"], admin3_pcode=row["admin3_pcode"],
            country=row["country"],
        ),
        casualties=casualties,
        review_status=ReviewStatus(row["review_status"]),
        notes=row["notes"],
    )


def claim_row(claim: Claim) -> dict[str, Any]:
    return {
        "report_id": claim.report_id,
        "event_id": claim.event_id,
        "field": claim.field,
        "value": claim.value,
        "qualifier": claim.qualifier.value,
        "span_start": claim.span.start,
        "span_end": claim.span.end,
        "extractor_version": claim.extractor_version,
    }


def row_claim(row: Mapping[Any, Any]) -> Claim:
    return Claim(report_id=row["report_id"], event_id=row["event_id"], field=row["field"], value=row["value"],
                 span=Span(row["span_start"], row["span_end"]), qualifier=Qualifier(row["qualifier"]),
                 extractor_version=row["extractor_version"])


def total_row(total: CumulativeClaim) -> dict[str, Any]:
    return {
        "id": total.id,
        "report_id": total.report_id,
        "side": total.side,
        "killed": total.killed,
        "since": total.since,
        "until": total.until,
        "of_which": json.dumps(dict(total.of_which), sort_keys=True),
        "qualifier": total.qualifier.value,
        "region": total.region,
        "perpetrator": total.perpetrator,
        "since_text": total.since_text,
        "until_text": total.until_text,
        "span_start": total.span.start if total.span else None,
        "span_end": total.span.end if total.span else None,
    }


def row_total(row: Mapping[Any, Any]) -> CumulativeClaim:
    span = Span(row["span_start"], row["span_end"]) if row["span_start"] is not None else None
    return CumulativeClaim(
        report_id=row["report_id"], side=row["side"], killed=row["killed"], since=_as_date(row["since"]),
        until=_as_date(row["until"]), of_which=tuple(sorted(json.loads(row["of_which"]).items())), span=span,
        qualifier=Qualifier(row["qualifier"]), region=row["region"], perpetrator=row["perpetrator"],
        since_text=row["since_text"], until_text=row["until_text"],
    )


def _as_date(value: Any) -> date | None:
    if value is None or isinstance(value, date):
        return value
    return date.fromisoformat(str(value)[:10])
