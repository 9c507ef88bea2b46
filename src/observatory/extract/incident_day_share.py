"""The event inside a province's share of a day's country-wide toll (used by ``core``).

"In <province>, 23 civilians were killed, among them 11 who died when warplanes bombarded X", "<province>: 26
civilians, 19 of whom were executed ... in X", "23 of the civilian victims fell in <province>, where warplanes struck X":
the province's figure is a regional total of the day (``totals.TotalsBuilder.take_day_share``), not the event's toll.
The event is read with its own part of that figure (11, 19), of the province figure's side where the part names none
("11 people" among 23 civilians are civilians), or with no toll where the sentence gives it none.
"""

from __future__ import annotations

import re
from dataclasses import replace

from observatory.extract.mention_sides import KILLED, Mention, without
from observatory.extract.numbers import find_quantities
from observatory.extract.totals_regions import ONE_EVENT_IN

#: A bare part of the figure before it, told by the event it died in: "19 of whom were executed", "12 of them died", "four of them in the shelling of X".
_BARE_PART = re.compile(r"\s+of\s+(?:whom|them)\s+(?:were\s+(?:killed|executed|shot)|died|" + ONE_EVENT_IN + r")\b", re.IGNORECASE)


def event_share(mentions: tuple[Mention, ...], at: int | None, work: str, end: int) -> tuple[Mention, ...]:
    """The mentions of a sentence (ending at ``end``) less the province's figure standing at ``at`` (None: no share
    told), its parts made figures of their own, of its side where they name none."""
    whole = next((i for i, m in enumerate(mentions) if at is not None and m.quantity.start == at and m.role == KILLED), None)
    if whole is None:
        return mentions
    head = mentions[whole]
    parts = [replace(m, side=head.side) if m.parent == whole and m.side in (None, "unknown") else m for m in mentions]
    if not any(m.parent == whole for m in mentions):
        bare = next((q for q in find_quantities(work[head.quantity.end:end], head.quantity.end)
                     if _BARE_PART.match(work, q.end)), None)
        if bare is not None and bare.value < head.value:
            parts.append(replace(head, quantity=bare, group_start=bare.start, group_end=bare.end, label=None))
    return tuple(without(parts, {whole}))
