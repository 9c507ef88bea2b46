"""People taken in numbers over a period: a tally, not an incident.

"ISIS cells abducted more than 60 truffle hunters during the season", "the regime had arrested at least 156 people
during the month": a count of people abducted or arrested (more than a handful) over a season, month, year or weeks
sums many events the report does not tell one by one. "Gunmen abducted three men on Monday" is an event.
"""

from __future__ import annotations

import re

#: "abducted more than 60 truffle hunters during the season", "arrested at least 156 people during the month".
_TAKEN_MANY = re.compile(
    r"\b(?:abducted|kidnapped|arrested|detained)\s+(?:more\s+than\s+|at\s+least\s+|over\s+|nearly\s+|about\s+|some\s+)?"
    r"(?P<n>\d[\d,]*)\s+[^.;]{0,60}?\b(?:during|over|throughout|in)\s+the\s+(?:past\s+|last\s+|whole\s+|same\s+)?"
    r"(?:season|month|year|period|(?:\d+|two|three|four|five|six|few|several)\s+(?:days|weeks|months))\b",
    re.IGNORECASE,
)
_FEW = 10  # more people than this taken over a period are a tally
#: A day told between the taking and the period ("abducted 15 truffle hunters near X on Tuesday, the second time in the
#: season"): one abduction on that day, set in its season, not a tally.
#: Likewise one taking measured against the period ("abducted 15 shepherds near X, the largest abduction in the past year").
_ONE_DAY = re.compile(r"\b(?:(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day|yesterday|today|tonight|dawn|largest|biggest|first|"
                      r"second|third|such|deadliest|worst|most)\b", re.IGNORECASE)


def taken_over_period(chunk: str) -> bool:
    """Whether the sentence counts people abducted or arrested over a period (more than a handful): a tally."""
    m = _TAKEN_MANY.search(chunk)
    return m is not None and int(m.group("n").replace(",", "")) > _FEW and _ONE_DAY.search(m.group(0)) is None
