"""A list header that ends on "the deaths of:" and refers back to a period told just before (used by
``totals.TotalsBuilder``).

Roundups name the period first, often with a count of attacks and no figure of dead, then open the list of dead with
a header that only refers back to it: "In June 2020, the desert saw near-daily attacks. SOHR documented during the
month the death of:", "Since early 2024, Israel has struck Syrian territory 82 times. Those strikes ... resulted in
the deaths of:", "... 71 times during 2023. ... According to the Observatory, the strikes resulted in the deaths of:".
The lines after are totals of that period, by side.

Left as they are: such a header with no period in it or in the three sentences before, and a header that neither
names a period itself nor refers back to one ("the month", "the year", "these strikes"): the dead of one event.
"""

from __future__ import annotations

import re
from datetime import date
from typing import Final

from observatory.extract.totals_periods import Period
from observatory.extract.totals_when import period_of

#: The header's end: a verb of counting or of outcome, then "the death(s) of:", "the lives of:", "the killing of:".
_HEADER: Final = re.compile(
    r"\b(?:resulted\s+in|led\s+to|caused|claimed|documented|recorded|registered|saw|witnessed|left)\b"
    r"[^:]{0,120}?\b(?:the\s+)?(?:deaths?|lives|killing)\s+of\s*:\s*$",
    re.IGNORECASE,
)
#: Words that refer back to the period or to the events counted over it.
_BACK: Final = re.compile(
    r"\b(?:the|this|that)\s+(?:month|year|week|period)\b|"
    r"\b(?:the|these|those)\s+(?:air\s?strikes|strikes|attacks|raids|operations|bombardments)\b",
    re.IGNORECASE,
)
#: Where one sentence of the text before ends.
_STOP: Final = re.compile(r"(?<=[.!?])\s+|\n+")
#: How many sentences before the header may name the period.
_REACH: Final = 3


def deaths_header_period(work: str, start: int, chunk: str, published: date | None) -> Period | None:
    """The period of the lines after a "... the deaths of:" header (``chunk``, at ``start`` in ``work``): its own,
    else, where it refers back, the nearest of the sentences before it that names one; None for no such header."""
    if _HEADER.search(chunk) is None:
        return None
    own = period_of(chunk, published)
    if own is not None and own[0][0] is not None:
        return own
    if _BACK.search(chunk) is None:
        return None
    before = [s for s in _STOP.split(work[max(0, start - 800) : start]) if s.strip()]
    for sentence in reversed(before[-_REACH:]):
        found = period_of(sentence, published)
        if found is not None and found[0][0] is not None:
            return found
    return None
