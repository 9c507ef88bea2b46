"""Tolls of a calendar period that leak into an incident's dead.

A sentence that counts the dead of a year, a month of a year or a part of one ("Turkish drones carried out 40 strikes
in 2021, killing 35 people", "since early 2022, ... killing 12", "during the second quarter of 2020, 9 were killed")
gives a period total (SCHEMA), never one incident's toll; ``incident_window_tolls`` drops such a figure from the
incident as it does a span of days'. A day named with the month ("on May 3, 2022") is no period; nor is a comparison
("the deadliest month since 2019"). The sentence must give a count of events ("72 strikes", "38 blasts", "dozens of
operations" is no count): "In November 2019, a similar explosion killed 13 people" recalls one event, "the towns they
have besieged since 2015" is no span of the figure, and "a drone strike killed 4 in the town, which has seen dozens of
attacks since early 2022" tells one strike's toll beside the span. Nor does a count told after the figure ("killing
two SDF members, in the latest of 40 drone strikes in 2024"): the figure is the one event's.
"""

from __future__ import annotations

import re

from observatory.extract.dates import MONTH_NAMES
from observatory.extract.incident_bounds import MANY_EVENTS
from observatory.extract.numbers import find_quantities, number_words

_YEAR = r"(?:19|20)\d\d"
#: "in 2022", "during 2021", "throughout 2020", "since early 2023", "since the beginning of 2024", "in March 2024",
#: "during the first quarter of 2024", "in the first half of 2023", "since mid-2022" (not "on May 3, 2022").
CALENDAR_SPAN = re.compile(
    rf"\b(?i:in|during|throughout|over|since)\s+(?:(?i:early|late|mid-?)\s*|(?i:the\s+)?(?i:beginning|start|end|course)\s+(?i:of)\s+|"
    rf"(?i:the\s+)?(?i:first|second|third|fourth|last)\s+(?i:quarter|half)\s+(?i:of)\s+)?"
    rf"(?:(?:{MONTH_NAMES})\s*,?\s+)?{_YEAR}\b(?!\s*[:\d])")
#: "the deadliest year since 2019", "the highest toll since 2020": a comparison, no span of the figure.
_COMPARED = re.compile(r"\b(?:deadliest|worst|heaviest|bloodiest|largest|biggest|highest|lowest|first|since)\b[^,.;]{0,40}$",
                       re.IGNORECASE)

#: A count of events ("72 strikes", "38 blasts", "more than 40 attacks"): several of them behind one figure; not a year
#: ("In February 2016, twin suicide bombings ... killed": the year is no count).
EVENT_COUNT = _EVENTS = re.compile(rf"\b(?:(?!{_YEAR}\b)\d[\d,]*|{number_words()})\s+(?:[\w-]+\s+){{0,2}}?(?:{MANY_EVENTS.pattern}|operations|blasts)\b",
                     re.IGNORECASE)

#: Events named between a figure and a period told after it ("killing five, the 30th attack in 2024", "killing three,
#: which brings the number of such strikes in 2024 to 40"): the period is the running count's, not the figure's (not
#: "38 blasts ... kill 71 people in the first half of 2021").
_RUNNING_COUNT = re.compile(r"\b(?:attacks?|strikes?|air\s?strikes?|raids?|operations?|blasts?|explosions?|bombings?|"
                            r"incidents?|ambushes|ambush)\b", re.IGNORECASE)


def calendar_toll(work: str, head: int, tail: int, at: int) -> bool:
    """The sentence ``work[head:tail]`` names a calendar period of its figures, and a count of events told before the
    figure at ``at`` ("killing 9 soldiers, raising the toll of 38 attacks in 2024 to 120": the count
    is the running toll's, told after the day's figure)."""
    if _EVENTS.search(work, head, at) is None:
        return False
    for span in CALENDAR_SPAN.finditer(work, head, tail):
        if span.start() > at and _RUNNING_COUNT.search(work, at, span.start()) \
                or _COMPARED.search(work, max(head, span.start() - 40), span.start()):
            continue  # (a period of the events counted on after the figure: "killing three, the 30th attack in 2024")
        return True
    return False


def calendar_sentence(work: str, head: int, tail: int) -> bool:
    """The sentence ``work[head:tail]`` is a calendar period's count at its first figure that is not the count of
    events itself ("carried out 96 strikes in 2022, killing 87": at 87, a total; "killing nine soldiers, raising the
    toll of 38 attacks in 2024 to 120": at nine, the day's own, so the sentence is no total of its own)."""
    counts = [hit.span() for hit in _EVENTS.finditer(work, head, tail)]
    for q in find_quantities(work[head:tail], head):
        if not any(a <= q.start < b for a, b in counts):
            return calendar_toll(work, head, tail, q.start)
    return False
