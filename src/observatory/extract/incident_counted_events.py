"""A sentence that counts the events the report then tells one by one, with no toll of its own: no incident.

Construction handled: "SNHR has documented two attacks on M10 hospital", "The town was hit by three air strikes on
Monday", "Activists recorded two drone attacks on the camp": the events are counted with a number word ("two", "3")
and the report tells at least that many incidents after it, the first of them at a place the count names. The count
is what the report is about (like a headline of several events); each event it counts is told below with its own
day and toll.

Not this: a count with a toll of its own ("three air strikes killed five civilians": one bombardment), a count of many
events (over ten: a tally), and a count the report does not tell one by one after it.
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from observatory.extract.incident_sameness import place_key
from observatory.extract.numbers import words_to_int

if TYPE_CHECKING:
    from observatory.extract.drafts import Draft

#: A count of events: "two attacks", "3 airstrikes", "two separate drone strikes" (number word, one word at most, then
#: the plural kind).
_COUNTED = re.compile(r"\b(?P<n>two|three|four|five|\d)\s+(?:[\w-]+\s+)?"
                      r"(?:attacks|strikes|air\s?strikes|raids|bombings|assaults|drone\s+attacks|explosions|ambushes)\b",
                      re.IGNORECASE)
_MAX_COUNTED = 10


def counted_events(draft: Draft, later: list[Draft], work: str) -> bool:
    """The draft only counts events ("documented two attacks on M10 hospital") that the incidents after it tell one
    by one, the first of them at a place the count names."""
    if draft.counts or draft.generic or draft.vague or draft.type_hit is None or not draft.places:
        return False
    m = _COUNTED.search(work, draft.start, draft.end)
    if m is None:
        return False
    n = words_to_int(m.group("n"))
    if n is None or not 2 <= n <= _MAX_COUNTED or len(later) < n:
        return False
    own = {place_key(p.name) for p in draft.places if not p.governorate}
    return bool(own) and any(place_key(p.name) in own for p in later[0].places)
