"""The side of a regional split that names no side, and a province's share of a day's toll (used by
``totals.TotalsBuilder``).

A statistics block that lists its dead by side ("173 regime soldiers ...", "118 ISIS members ...", "107 civilians ...")
and then ranks regions without naming a side ("the Homs desert saw the highest toll with 164 fatalities, followed by
...") splits the block's whole toll, not the last line's: the regions are of side ``unknown``. A block of one side
("98 civilians ... Daraa saw the highest toll") keeps that side, and a split that names its side ("Regime losses by
region: ...") is read by the caller before this.
"""

from __future__ import annotations

import re
from typing import Final

from observatory.extract.gates import folded, has_any
from observatory.extract.numbers import CARDINAL_WORD
from observatory.extract.places import governorate_mentions
from observatory.models import CumulativeClaim


def across_sides(claims: list[CumulativeClaim]) -> str | None:
    """``unknown`` when the lines of the block just before (the claims of the last claim's period, back to the last
    regional one) are of two or more sides; None otherwise."""
    sides: set[str] = set()
    period = (claims[-1].since, claims[-1].until) if claims else None
    for claim in reversed(claims):
        if claim.region is not None or (claim.since, claim.until) != period:
            break
        sides.add(claim.side)
    sides.discard("unknown")
    return "unknown" if len(sides) >= 2 else None


#: "in the shelling of X", "in an air raid on X": a part told by the one event it died in (after "four of them").
ONE_EVENT_IN: Final = r"in\s+(?:an?|the)\s+(?:[\w-]+\s+){0,2}?(?:shelling|bombardment|air\s?strike|air\s+raid|raid|attack|explosion|massacre)"
#: A province's share of a day's country-wide toll, its figure holding an event of its own as a part: "In <province>,
#: 23 civilians were killed, among them 11 who died when ...", "<province>: 26 civilians, 19 of whom were executed
#: ...", "23 of the civilian victims fell in <province>, where warplanes struck ...", "<province>: six civilians were
#: killed, four of them in the shelling of X", "In <province>, 15 civilians died, most of them when troops shelled X".
#: The figure sums that event and others of the province: a regional total of the day. (Its part is the event's toll:
#: ``incident_day_share``.)
_SHARE_LINE = re.compile(r"\W*(?:In\s+(?:the\s+)?)?(?P<region>[A-Z][\w'-]+(?:\s+(?:and\s+its\s+countryside|countryside|province|governorate|"
                         r"[A-Z][\w'-]+)){0,3})\s*[:,]\s*(?:at\s+least\s+)?(?P<n>\d+|" + CARDINAL_WORD + r")\s+[a-z][\w\s-]{0,30}?"
                         r"(?:,|\s+were\s+killed\b|\s+died\b)", re.IGNORECASE)
_SHARE_OF_DEAD = re.compile(r"\b(?P<n>\d+|" + CARDINAL_WORD + r")\s+of\s+the\s+(?:[\w-]+\s+)?(?:victims|dead|fatalities)\s+(?:fell|were\s+killed|"
                            r"died)\s+in\s+(?P<region>[^,.;]{3,40})", re.IGNORECASE)
_EVENT_PART = re.compile(r"\bamong\s+them\s+(?:\d+|" + CARDINAL_WORD + r")\s+[\w\s-]{0,30}?\bwho\s+(?:died|were\s+killed)\b|\b(?:\d+|"
                         + CARDINAL_WORD + r")\s+of\s+(?:whom|them)\s+(?:were\s+(?:killed|executed|shot)|died|" + ONE_EVENT_IN + r")\b"
                         r"|\bmost\s+of\s+them\s+(?:(?:were\s+killed|died)\s+)?(?:when|" + ONE_EVENT_IN + r")\b"
                         r"|,\s*where\s+[\w\s-]{0,30}?\b(?:struck|bombarded|shelled|hit|pounded|raided)\b", re.IGNORECASE)
_SHARE_STEMS: Final = ("among them", "of whom", "of them", "where")  # every _EVENT_PART match holds one of them


def day_region_share(work: str, start: int, end: int) -> tuple[int, str] | None:
    """(offset of the figure, region) of a province's share of a day's toll told with an event inside it, or None."""
    if not has_any(folded(work, start, end), _SHARE_STEMS) or not _EVENT_PART.search(work, start, end):
        return None
    m = _SHARE_LINE.match(work, start, end) or _SHARE_OF_DEAD.search(work, start, end)
    if m is None or not governorate_mentions(work, m.start("region"), m.end("region")):
        return None  # (a town's toll is an event's)
    return m.start("n"), m.group("region").strip()
