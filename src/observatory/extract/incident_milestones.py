"""A turning point of the war named to measure an event told against ("these attacks are the deadliest since the group
lost its last pocket in X last month", "the ambush comes three weeks after the announcement of the fall of X"): the
town and the day inside it are the turning point's, not an event's. A sentence without figures that names the kind of
event only to point back at it ("the attack", "these attacks"), and whose towns and days all lie inside such a turning
point, tells of no event of its own."""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from observatory.extract.drafts import SentenceFacts

#: "since the organization lost its last pocket in X", "after the announcement of the fall of X", "since the defeat of
#: the group in X a week ago": up to the end of its clause.
_MILESTONE = re.compile(r"\b(?:since|after)\s+(?:the\s+(?:announcement|declaration)\s+of\s+)?(?:the\s+)?(?:[\w'’-]+\s+){0,3}?"
                        r"(?:lost|fall|defeat|collapse|loss)\b.*?(?=,\s+(?:while|when|where|and|as|but)\b|[.;]|$)",
                        re.IGNORECASE | re.DOTALL)
#: "the attack", "these attacks", "the first attack": the kind of event named to point back at one told.
_POINTED = re.compile(r"\b(?:the|this|these|that|those)\s+(?:[\w-]+\s+){0,2}$", re.IGNORECASE)


def milestone_spans(chunk: str) -> list[tuple[int, int]]:
    """The spans (in ``chunk``) of the turning points of the war it names."""
    return [m.span() for m in _MILESTONE.finditer(chunk)]


def milestone_only(f: SentenceFacts, chunk: str) -> bool:
    """The sentence (``chunk``, of ``f``) has no figures, points back at an event told, and names towns and days only
    inside a turning point of the war: no event of its own."""
    if f.mentions or f.type_hit is None:
        return False
    base = f.sentence.start
    spans = milestone_spans(chunk)
    towns = [p.start - base for p in f.places if not p.governorate]
    if not spans or not towns or _POINTED.search(chunk[:f.type_hit[1] - base]) is None:
        return False
    inside = [*towns, *(d.start - base for d in f.dates)]
    return all(any(s <= at < e for s, e in spans) for at in inside) and not any(s <= f.type_hit[1] - base < e for s, e in spans)
