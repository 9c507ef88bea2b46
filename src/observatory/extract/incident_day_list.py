"""A daily roundup whose total names one full day and announces its breakdown ("SOHR has documented the deaths of 14
people across Syria on Tuesday, May 14, 2024. They are as follows:"): the lines below it, sectioned or not, are the
events of that day. Without the announcement ("They are:", "By province: ...") only province-sectioned lines take the
day (:func:`incident_lines.date_lines`). The announcement may close the total's line as "Details:" or stand in the
line after it."""

from __future__ import annotations

import re

from observatory.extract.dates import DateMention
from observatory.extract.text import line_around

#: "(distributed) as follows", "Their distribution is as follows", "... Details:", "They fell in the following
#: provinces:": the breakdown of the day's dead comes next.
_AS_FOLLOWS = re.compile(r"\bas\s+follows\b|\bdetails\s*:|\bthe\s+following(?:\s+\w+)?\s*:", re.IGNORECASE)


def announces_breakdown(work: str, day: DateMention) -> bool:
    """The day's total, in the rest of its line or in the line after it, says its dead are listed next ("...,
    distributed as follows:", "... on Monday, April 7, 2025. Details:", a line "The dead were distributed as follows:"),
    not a next line that names an earlier span ("Last week's victims were the following persons:")."""
    own = line_around(work, day.end)[1]
    if _AS_FOLLOWS.search(work, day.end, own) is not None:
        return True
    head, end = line_around(work, min(own + 1, len(work) - 1))  # the next line, when there is one: not of an
    return _AS_FOLLOWS.search(work, own, end) is not None and not told_earlier(work, head, end)  # earlier week's dead


#: "died of wounds he had sustained in shelling ... last week", "a man injured days ago": an event of an earlier day
#: the line leaves unstated, not one of the day the total names; so is one told again from an earlier report ("In a
#: previous report, the monitor had documented ...").
_EARLIER = re.compile(r"\b(?:(?:days|weeks|months)\s+ago|an?\s+(?:week|month)\s+ago|(?:last|past|previous)\s+(?:week|month)|"
                      r"earlier\s+this\s+(?:week|month)|(?:succumbed|died)\s+(?:to|of|from)\s+(?:\w+\s+)?(?:wounds|injuries)|"
                      r"sustained|(?:an?|its|the)\s+(?:previous|earlier|former)\s+(?:report|statement|update)|"
                      r"had\s+(?:documented|reported|recorded|monitored))\b", re.IGNORECASE)


def told_earlier(work: str, start: int, end: int) -> bool:
    """The line tells of wounds or an event of an earlier day it does not name."""
    return _EARLIER.search(work, start, end) is not None
