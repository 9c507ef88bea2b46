"""Tolls of a month that leak into an incident's dead.

A figure whose own sentence names a whole month as its span ("documented the deaths of 20 people ... during the month
of May 2022", "during the month, 12 fighters were killed", "throughout March", "over the past month", "the month also saw the
death of 8 civilians") is the month's
total (SCHEMA), never the toll of one incident; ``incident_window_tolls`` drops it from the incident as it does a span
of days'. A day of the month ("during March 4 clashes", "in the month's first week" is no span here) is no period.
"""

from __future__ import annotations

import re

from observatory.extract.dates import MONTH_NAMES

_YEAR = r"(?:19|20)\d\d"
#: "during the month of October 2021", "in the past month", "throughout the whole month", "during April", "throughout
#: June 2020" (not "during April 9": a day; not "in the month-long campaign" nor "during the month of Ramadan", a
#: span named by no calendar month, as an event's time).
MONTH_SPAN = re.compile(
    rf"\b(?:during|throughout|over|in)\s+the\s+(?:(?:past|last|previous|whole|entire)\s+)?month\b(?![-'’])"
    rf"(?!\s+of\s+(?!(?:{MONTH_NAMES})\b))"
    rf"(?:\s+of\s+(?:{MONTH_NAMES})(?:\s*,?\s+{_YEAR})?)?"
    rf"|\b(?:during|throughout)\s+(?:{MONTH_NAMES})(?:\s*,?\s+{_YEAR})?\b(?!\s*\d)"
    rf"|\b(?:the|this|that)\s+month\s+(?:also\s+)?(?:saw|witnessed)\b",  # ("The month also saw the death of ...")
    re.IGNORECASE)

#: A title opened by the month it sums up ("October 2021 | 37 people killed in ...", "Daraa in May 2022 | 41 killed",
#: "August 2021: 300 deaths across Syria", "May 2020 in the desert: 40 killed"; not "On May 4 ...:", a day): the
#: figures after the bar are the month's.
_MONTH_HEADING = re.compile(
    rf"[^|:\n\d]{{0,60}}?\b(?:{MONTH_NAMES})(?:\s+{_YEAR})?\b(?!\s*\d)[^|:\n\d]{{0,40}}[|:]")
_EVENT_NOUN = r"(?:attack|ambush|strike|raid|blast|explosion|bombing|massacre)\b"
#: "... | ISIS kills 18 in single attack on ...", "... | nine civilians in the market massacre": one event the title
#: singles out, whose toll is its own.
#: Also a dateline's sentence that names the event's day ("Daraa, May 2022: gunmen killed 5 soldiers ... on Monday").
_ONE_EVENT = re.compile(rf"\b(?:single|one)\s+(?:[\w-]+\s+){{0,2}}?{_EVENT_NOUN}|"
                        rf"\b(?:the|an?)\s+(?:[\w'-]+\s+){{0,3}}?{_EVENT_NOUN}|"
                        r"\bon\s+(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day\b", re.IGNORECASE)


def month_heading_toll(work: str, tail: int, at: int) -> bool:
    """The figure at ``at`` follows the month heading that opens its line, in a sentence (ending at ``tail``) that
    singles out no one event."""
    heading = _MONTH_HEADING.match(work, work.rfind("\n", 0, at) + 1, tail)
    return heading is not None and heading.end() <= at and _ONE_EVENT.search(work, heading.end(), tail) is None
