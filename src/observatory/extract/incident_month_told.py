"""An event a period's report tells on its own though it gives no day for it.

A report over a month or a year ("Daraa in 2022 | 300 killed") tells of the kinds of event its dead died in, and an
event with no day of its own is one of those kinds, not an incident. Two wordings single out one event anyway: the
superlative that names the deadliest of them with its own toll ("The deadliest single attack of the year took place
in May, when a car bomb ..., killing nine"), and the month the one event happened in, told with a toll of its own in
the same sentence ("an IED went off on a car near X in November, killing three of them", "the death of a soldier in
an explosion near X in August"). A month with its year ("in
May 2023") is a span the period's dead are counted over; a count of events ("12 attacks in May") makes the month's
toll a total; both stay with the totals, as does a kind of event told with no time ("most were shot dead by gunmen").
"""

from __future__ import annotations

import re

from observatory.extract.dates import MONTH_NAMES
from observatory.extract.incident_calendar_tolls import EVENT_COUNT
from observatory.extract.incident_deadliest import singled_out_event
from observatory.extract.text import sentences

#: A month named alone as the time of an event ("in May", "in early July", "in mid-March", "in late November"), not a
#: month with its year or its day ("in May 2023", "in March 3").
_MONTH_ALONE = re.compile(rf"\bin\s+(?:(?:early|late)\s+|mid-?)?(?:{MONTH_NAMES})\b(?!\s*,?\s*\d)")
#: The event's own toll in the sentence ("killing three", "which killed", "left six dead", "were killed").
#: Or a death told with the one event it happened in ("recorded the death of a Russian soldier in an explosion near X").
_OWN_TOLL = re.compile(r"\b(?:killing|killed|left\s+(?:\w+\s+){1,3}?dead)\b|"
                       r"\bthe\s+deaths?\s+of\s+[^.;]{1,60}?\b(?:in|by)\s+(?:an?|one)\s+(?:[\w-]+\s+){0,2}?"
                       r"(?:explosion|blast|attack|strike|airstrike|raid|ambush|bombing|shell|(?:land)?mine|IED)\b", re.IGNORECASE)


def counted_in_singled(work: str, figures: list[int]) -> bool:
    """Every figure of the event (its offset in ``work``) is told in a sentence that singles out one event, so the
    event is that sentence's and not a period's total told before it."""
    if not figures:
        return False
    spans = [(s.start, s.end) for s in sentences(work)]
    return all(any(a <= at < b and singled_event(work[a:b]) for a, b in spans) for at in figures)


def singled_event(chunk: str) -> bool:
    """The sentence singles out one event of the period with its own toll (see module doc)."""
    if singled_out_event(chunk):
        return True
    return (
        _MONTH_ALONE.search(chunk) is not None
        and _OWN_TOLL.search(chunk) is not None
        and EVENT_COUNT.search(chunk) is None
    )
