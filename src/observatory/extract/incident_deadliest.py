"""The one event a report singles out among those it counts ("the deadliest being the shelling of X on March 21, which
killed seven civilians", "The deadliest single clash of the year took place in Y in September, when fighting left
eight dead", "the largest of which took place in Z on July 12, when ... killing 105"): told with its own toll, it is
an incident, not a part of the totals. A superlative of a span of time, a front or a figure ("The deadliest month was
January", "The deadliest front was Idlib", "the largest number of victims") names no event and stays with the totals.
"""

from __future__ import annotations

import re

#: A superlative that names one event: "the deadliest (single) attack", "the deadliest of them", "the largest of
#: which", "the deadliest being", followed by how it is told ("took place", "was", "being", "hit").
_SINGLED = re.compile(
    r"\b(?:deadliest|bloodiest|largest|worst)\s+(?:single\s+)?"
    r"(?:(?:attack|incident|massacre|clash|strike|airstrike|air\s+strike|bombing|explosion|ambush|episode|raid)\s+"
    r"(?:of\s+(?:the\s+\w+|\w+)\s+)?(?:took\s+place|was|occurred|hit|struck|targeted)"
    r"|of\s+(?:which|them|these(?:\s+\w+)?)\s+(?:took\s+place|was|occurred|hit|struck|targeted)"
    r"|being)\b",
    re.IGNORECASE)
#: The event's own toll, told in the clause after the superlative ("which killed", "killing", "left eight dead").
_OWN_TOLL = re.compile(r"\b(?:which\s+killed|killing|left\s+(?:\w+\s+){1,3}?dead)\b", re.IGNORECASE)
#: A span of time the toll is counted over ("during the month", "over the year", "over the past month", "since
#: January", "so far"): a period's dead, not one event's.
_OVER_PERIOD = re.compile(r"\b(?:(?:during|over|throughout|in)\s+(?:the|that|this)\s+(?:whole\s+|past\s+|last\s+)?"
                          r"(?:month|year|week|period)|since|so\s+far|this\s+(?:month|year|week))\b",
                          re.IGNORECASE)
#: A count of dead told in the sentence before the superlative ("40 soldiers were killed this month, the deadliest
#: being ..."): the sentence is the period's total, its share is no event of its own.
_DEAD_BEFORE = re.compile(r"\b\d[\d,]*\s+(?:[\w'-]+\s+){0,4}?(?:(?:were|have\s+been|had\s+been)\s+)?(?:killed|dead|deaths|died)\b|"
                          r"\b(?:killing|deaths\s+of|death\s+of)\s+(?:at\s+least\s+)?\d", re.IGNORECASE)


def singled_out_event(chunk: str) -> bool:
    """The sentence singles out the deadliest of the events counted before and gives its own toll (see module doc)."""
    found = _SINGLED.search(chunk)
    if found is None:
        return False
    toll = _OWN_TOLL.search(chunk, found.end())
    return toll is not None and _OVER_PERIOD.search(chunk, toll.end()) is None \
        and _DEAD_BEFORE.search(chunk, 0, found.start()) is None
