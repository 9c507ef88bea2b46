"""Turn incident drafts into Events with Claims (the span behind every value), resolving places."""

from __future__ import annotations

import re
from collections import Counter
from typing import TYPE_CHECKING, Any

from observatory.errors import GeoError
from observatory.extract.casualties import INJURED, KILLED, Mention
from observatory.models import (
    GOVERNORATES,
    Casualty,
    Claim,
    Count,
    CumulativeClaim,
    DatePrecision,
    Event,
    Extraction,
    GeoPrecision,
    Location,
    Qualifier,
    Report,
    Span,
    stable_id,
)

if TYPE_CHECKING:
    from observatory.extract.core import Draft, GeocoderLike


_TARGETED = re.compile(r"\bgunmen\b|\bshot\s+(?:dead|and\s+killed)|\bopened\s+fire\s+(?:directly\s+)?on\s+(?:a|an|the)\s+\w+|"
                      r"\bassassinat", re.IGNORECASE)


def _version() -> str:
    from observatory.extract.core import EXTRACTOR_VERSION

    return EXTRACTOR_VERSION


def _governorate(draft: Draft, geo: list[Any], default: str | None) -> str | None:
    strong = {p.governorate for p in draft.places if p.governorate and p.strong}
    if len(strong) == 1:
        return strong.pop()
    if len(strong) > 1:
        return None
    named = Counter(p.governorate for p in draft.places if p.governorate)
    if named:
        top = named.most_common()
        return top[0][0] if len(top) == 1 or top[0][1] > top[1][1] else None
    for result in geo:
        admin1 = getattr(result, "admin1", None)
        if admin1 in GOVERNORATES:
            return str(admin1)
    return default


def _geocode(draft: Draft, geocoder: GeocoderLike | None) -> list[Any]:
    if geocoder is None:
        return []
    results = []
    context = next((p.governorate for p in draft.places if p.governorate), None)
    for place in draft.places[:6]:
        if place.governorate:
            continue
        try:
            result = geocoder.geocode(place.name, context)
        except (ValueError, LookupError, OSError, GeoError):
            continue  # an unresolvable place: the event keeps its name and governorate
        if getattr(result, "lat", None) is not None:
            results.append(result)
    return results


def _location(draft: Draft, geo: list[Any], governorate: str | None) -> Location:
    first = geo[0] if geo else None
    name = draft.places[0].name if draft.places else None
    if first is not None:
        precision = getattr(first, "precision", None)
        return Location(name=getattr(first, "name", name), lat=first.lat, lon=first.lon,
                        precision=GeoPrecision(precision) if precision in (1, 2, 3) else None,
                        admin1=governorate or getattr(first, "admin1", None))
    return Location(name=name, precision=GeoPrecision.REGION if governorate else None, admin1=governorate)


def _count(m: Mention) -> Count:
    return Count(best=m.value, qualifier=m.quantity.qualifier)


def _casualties(draft: Draft, fallback: str) -> tuple[tuple[Casualty, ...], list[tuple[str, Mention]]]:
    figures: dict[tuple[str, str], Mention] = {k: m for k, (m, _) in draft.counts.items()}
    for m, _ in draft.generic:
        if m.quantity.vague:
            continue
        key = (m.role, fallback)
        if key not in figures or m.rose or m.value > figures[key].value:
            figures[key] = m
    by_side: dict[str, dict[str, Mention]] = {}
    for (role, side), m in figures.items():
        by_side.setdefault(side, {})[role] = m
    casualties = tuple(
        Casualty(side=side, killed=_count(roles[KILLED]) if KILLED in roles else None,
                 injured=_count(roles[INJURED]) if INJURED in roles else None,
                 nationality=next((m.nationality for m in roles.values() if m.nationality), None),
                 actor=next((m.actor for m in roles.values() if m.actor), None))
        for side, roles in sorted(by_side.items())
    )
    return casualties, [(f"{role}.{side}", m) for (role, side), m in sorted(figures.items())]


def _event(report: Report, report_id: str, text: str, index: int, draft: Draft, geocoder: GeocoderLike | None,
           default_gov: str | None) -> tuple[Event, list[Claim]]:
    event_id = stable_id(report_id, index, "event")
    version = _version()
    geo = _geocode(draft, geocoder)
    governorate = _governorate(draft, geo, default_gov)
    fallback = draft.target.side if draft.target else _main_figure_side(draft)
    casualties, figure_claims = _casualties(draft, fallback)
    event_type = draft.type_hit[0] if draft.type_hit else "attack" if draft.perpetrator else "other"
    if event_type == "attack" and sum(c.killed.best for c in casualties if c.killed) == 1 and _TARGETED.search(text[draft.start:draft.end]):
        event_type = "assassination"  # one person shot by gunmen: a targeted killing
    claims: list[Claim] = []

    def claim(name: str, value: object, start: int, end: int, qualifier: Qualifier = Qualifier.EXACT) -> None:
        claims.append(Claim(report_id, event_id, name, str(value), Span(start, end), qualifier, version))

    if draft.type_hit:
        claim("type", event_type, draft.type_hit[1], draft.type_hit[2])
    if draft.date:
        claim("date", draft.date.value or draft.date.text, draft.date.start, draft.date.end)
    for place in draft.places:
        claim("place", place.name, place.start, place.end)
    if draft.perpetrator:
        claim("perpetrator", draft.perpetrator.side, draft.perpetrator.start, draft.perpetrator.end)
    if draft.target:
        claim("target", draft.target.side, draft.target.start, draft.target.end)
    for name, m in figure_claims:
        claim(name, m.value, m.quantity.start, m.quantity.end, m.quantity.qualifier)
    for (role, side), m in draft.vague.items():
        claim(f"{role}.{side}", m.quantity.text.strip(), m.quantity.start, m.quantity.end, Qualifier.VAGUE)
    if governorate:
        source = next((p for p in draft.places if p.governorate == governorate), None)
        start, end = (source.start, source.end) if source else (draft.start, draft.end)
        claim("governorate", governorate, start, end)
    target_side = draft.target.side if draft.target else _main_victim(casualties)
    event = Event(
        id=event_id, date_start=draft.date.value if draft.date else None, event_type=event_type,
        date_precision=draft.date.precision if draft.date and draft.date.value else DatePrecision.UNKNOWN,
        perpetrator_side=draft.perpetrator.side if draft.perpetrator else None,
        perpetrator_actor=draft.perpetrator.actor.name if draft.perpetrator else None,
        target_side=target_side, target_actor=draft.target.actor.name if draft.target else None,
        location=_location(draft, geo, governorate), casualties=casualties, source=report.source,
        report_id=report_id, notes=None,
    )
    return event, claims


def _main_figure_side(draft: Draft) -> str:
    """The side of the largest named figure of an incident: "18 others were wounded" after "7 soldiers were killed"."""
    perpetrator = draft.perpetrator.side if draft.perpetrator else None
    named = sorted(((m.value, side) for (_, side), (m, _) in draft.counts.items() if side not in ("unknown", perpetrator)),
                   reverse=True)
    return named[0][1] if named else "unknown"


def _main_victim(casualties: tuple[Casualty, ...]) -> str | None:
    killed = sorted(casualties, key=lambda c: -(c.killed.best if c.killed else 0))
    return killed[0].side if killed else None


def assemble(report: Report, report_id: str, text: str, drafts: list[Draft], totals: tuple[CumulativeClaim, ...],
             geocoder: GeocoderLike | None, default_gov: str | None) -> Extraction:
    """Events and claims of the drafts; ``report_id`` is passed in because report.id hashes the whole text."""
    events: list[Event] = []
    claims: list[Claim] = []
    for index, draft in enumerate(drafts):
        event, event_claims = _event(report, report_id, text, index, draft, geocoder, default_gov)
        events.append(event)
        claims.extend(event_claims)
    reason = None if events or totals else "no incident or total found"
    return Extraction(report_id, tuple(events), tuple(claims), totals, "en", reason)
