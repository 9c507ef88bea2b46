"""Render a report with the spans behind an event's claims marked."""

from __future__ import annotations

from observatory.models import Claim, Event, Report


def mark_spans(text: str, claims: list[Claim]) -> str:
    """Insert [[...]]{field=value} around each claim's span; a span that contains others is listed but not marked."""
    usable = [c for c in claims if c.span.end <= len(text) and c.span.end > c.span.start]
    inner = [c for c in usable if not any(o is not c and c.span.start <= o.span.start and o.span.end <= c.span.end
                                          and (o.span.start, o.span.end) != (c.span.start, c.span.end) for o in usable)]
    chosen: list[Claim] = []
    for claim in sorted(inner, key=lambda c: (c.span.start, c.span.end)):
        if chosen and claim.span.start < chosen[-1].span.end:
            continue  # two claims on the same words: the first is marked, both are listed below the text
        chosen.append(claim)
    out: list[str] = []
    pos = 0
    for claim in chosen:
        out.append(text[pos:claim.span.start])
        out.append(f"[[{text[claim.span.start:claim.span.end]}]]{{{claim.field}={claim.value}}}")
        pos = claim.span.end
    out.append(text[pos:])
    return "".join(out)


def render_event(event: Event, report: Report, claims: list[Claim]) -> str:
    """A header with the event's values, then the report text with every claim's span marked."""
    killed = ", ".join(f"{c.side} {c.killed.best}" for c in event.casualties if c.killed) or "none"
    injured = ", ".join(f"{c.side} {c.injured.best}" for c in event.casualties if c.injured) or "none"
    header = [
        f"event {event.id}: {event.event_type} on {event.date_start or 'unknown date'} in "
        f"{event.location.name or 'unknown place'} ({event.location.admin1 or 'governorate unknown'})",
        f"perpetrator {event.perpetrator_side or '-'}, target {event.target_side or '-'}; killed {killed}; injured {injured}",
        f"report {report.id[:12]} {report.url or report.origin or ''}".rstrip(),
        "-" * 60,
    ]
    lines = [f"  {c.field} = {c.value}  @{c.span.start}-{c.span.end}" for c in sorted(claims, key=lambda c: c.span.start)]
    return "\n".join(header + [mark_spans(report.text, claims), "-" * 60, "claims:"] + lines)
