"""Whether the last total is the part of a figure of people told with it ("have killed at least 18 people, including
nine civilians, since Wednesday").

The figure of people is read as an overall whose parts are the totals (``totals_parts.promote_parts``), so the last
total is of the part's side. The dead that a later sentence names "among those killed" are still some of the people
of that overall, as when the overall stayed a total of people of no side (``totals.TotalsBuilder._continues``).
"""

from __future__ import annotations

import re

from observatory.models import CumulativeClaim

#: "18 people, including ", "40 persons, among them at least ": the overall of people right before its part.
_PEOPLE_BEFORE: re.Pattern[str] = re.compile(
    r"\b\d[\d,]*\s+(?:people|persons),?\s+(?:including|among\s+them)\s+(?:at\s+least\s+)?$", re.IGNORECASE
)
_REACH = 40  # characters before the part's figure that may hold the overall


def part_of_people(work: str, claims: list[CumulativeClaim]) -> bool:
    """Whether the last total is told as a part of a figure of people right before it."""
    span = claims[-1].span if claims else None
    if span is None:
        return False
    start = span.start
    return _PEOPLE_BEFORE.search(work, max(0, start - _REACH), start) is not None
