"""Figures of a sentence that refers back to a span's toll told before it.

A roundup often states a span first ("At least 60 people have been killed in 48 hours of fighting", "SOHR documented 90
attacks by drones throughout 2022", "... since the start of the escalation") and breaks it down in the next sentence,
which names no span of its own but points back to it: "The dead included 20 soldiers and 30 fighters", "These attacks
killed 70 people: ...", "25 of them were killed by shelling", "Most of the operations took place in X, where ...", "In
the same 72 hours, 12 fighters were killed"; and a sentence that adds to such a breakdown ("..., while seven fighters
were also killed by shelling"). Such a figure is a share of the span's toll (a period total in SCHEMA),
never one incident's dead; ``incident_window_tolls`` drops it from the incident. A sentence that names one day of its
own ("On Tuesday, an airstrike on X killed 8 of them") or a single event ("in a single raid") tells an incident, and
keeps its figure.
"""

from __future__ import annotations

import re
from collections.abc import Callable

from observatory.extract.incident_calendar_tolls import EVENT_COUNT
from observatory.extract.incident_deadliest import singled_out_event
from observatory.extract.text import SENTENCE_STOP

#: Words that point back to the toll or the events just told, anywhere in the sentence: "The dead included", "These
#: attacks", "Of these", "Of the civilians", "The drone attacks killed 52 people" (a sentence opened by the events counted before), "Most of the operations", "... were killed during these operations"; or "25 of them" right
#: after the figure (``_BACK_AFTER``).
_BACK_BEFORE = re.compile(
    r"^\W*(?:the|these|those)\s+(?:dead|victims|fatalities|deaths|casualties|killed)\b|"
    r"\b(?:these|those)\s+(?:[\w-]+\s+){0,2}?(?:attacks|operations|strikes|air\s?strikes|raids|blasts|explosions|"
    r"bombings|clashes|battles|assassinations|incidents|violations)\b|"
    r"^\W*of\s+(?:these|those|them|the\s+(?:dead|victims|civilians|civilian\s+(?:dead|victims)))\b|"
    r"^\W*the\s+(?:[\w-]+\s+){0,2}?(?:attacks|operations|strikes|air\s?strikes|raids|bombings|assassinations|incidents)\s+"
    r"(?:have\s+|had\s+)?(?:killed|martyred|left|claimed)\b|"
    r"\b(?:most|many|some|the\s+bulk)\s+of\s+the(?:se)?\s+(?:operations|attacks|strikes|raids|blasts|explosions|"
    r"bombings|assassinations|incidents)\b", re.IGNORECASE)
_BACK_AFTER = re.compile(r"\s+of\s+(?:them|these|those|the\s+(?:dead|victims))\b", re.IGNORECASE)
#: "In the same 72 hours", "over the same three days", "during the same week": the span told before, named again.
_SAME_SPAN = re.compile(r"\b(?:in|over|during|within|throughout)\s+the\s+same\s+(?:[\w-]+\s+)?(?:hours|days|weeks?|months?|"
                       r"years?)\b", re.IGNORECASE)
#: A day or a single event of the sentence's own ("two children died when a mine exploded near their home"): it tells
#: an incident, not a share of the span.
_OWN_DAY = re.compile(r"\b(?:today|tonight|yesterday|this\s+(?:morning|afternoon|evening)|last\s+night|"
                      r"(?:on|last|early|late)\s+(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day|"
                      r"on\s+(?:the\s+)?\d{1,2}(?:st|nd|rd|th)?\b|single|one\s+(?:[\w-]+\s+)?(?:attack|strike|raid|"
                      r"blast|explosion|bombing)|when\s+(?:an?|one)\s)\b", re.IGNORECASE)
#: A list line ("- 20 civilians", "• 45 members", "121 civilians, including ..."): a line of one breakdown, passed
#: over when looking back for the span.
_LIST_LINE = re.compile(r"\s*(?:[-•*▪●]\s+|\d[\d,]*\s+[\w-]+)")
_BACK_SENTENCES = 4


def _sentence_before(work: str, head: int) -> tuple[int, int] | None:
    """The bounds of the sentence that ends just before ``head``, or None at the text's start."""
    end = head
    while end > 0 and work[end - 1] in " \t\n.!?;":
        end -= 1
    if end == 0:
        return None
    start = work.rfind("\n", 0, end) + 1
    for stop in SENTENCE_STOP.finditer(work, start, end):
        start = stop.end()
    return start, end


#: "... were also killed", "while seven fighters were killed", "in addition": a sentence that adds to the breakdown
#: told just before it.
_ALSO = re.compile(r"\b(?:also|in\s+addition|other)\b", re.IGNORECASE)
#: "SOHR also documented", "the monitor recorded": a count of the monitor's own, as the span's toll is.
_COUNTED = re.compile(r"\b(?:documented|recorded|counted|registered|monitored)\b", re.IGNORECASE)


def _continued(work: str, head: int, tail: int, span_sentence: Callable[[int, int], bool]) -> bool:
    """The sentence just before ``head`` breaks a span's toll down (it points back to one), or states the span's toll
    itself where the sentence at ``head`` is the monitor's count as well ("The monitor also documented the deaths of
    ..."); after the span's own sentence, one that tells what happened ("A sniper in the other village shot dead a
    shepherd", "Jets also struck a depot in Masyaf, killing four") is an event of its own."""
    bounds = _sentence_before(work, head)
    if bounds is None:
        return False
    start, stop = bounds
    if _BACK_BEFORE.search(work[start:stop]) is not None and referred_span(work, start, stop, stop, stop, span_sentence):
        return True
    return _COUNTED.search(work, head, tail) is not None and span_sentence(start, stop)


def referred_span(work: str, head: int, tail: int, at: int, end: int,
                  span_sentence: Callable[[int, int], bool]) -> bool:
    """The figure ``work[at:end]`` stands in a sentence ``work[head:tail]`` that points back to a span's toll, told in
    one of the few sentences before it (``span_sentence`` tells whether a sentence states a span's toll), and names no
    day nor single event of its own. A count of events before the figure ("Deir Ezzor saw 151 operations, which killed
    39") points back as well: a share of the span's events."""
    if _OWN_DAY.search(work, head, tail) or singled_out_event(work[head:tail]):
        return False  # (also "The deadliest of these attacks hit X on May 3, killing 15": one event singled out, its own toll)
    if _SAME_SPAN.search(work, head, at):
        return True
    if _BACK_BEFORE.search(work[head:tail]) is None and _BACK_AFTER.match(work, end) is None \
            and EVENT_COUNT.search(work, head, at) is None:
        return _ALSO.search(work, head, tail) is not None and _continued(work, head, tail, span_sentence)
    bounds = _sentence_before(work, head)
    looked = 0
    while bounds is not None and looked < _BACK_SENTENCES:
        start, stop = bounds
        if span_sentence(start, stop):
            return True
        if _OWN_DAY.search(work, start, stop):
            return False
        listed = start > 0 and work[start - 1] == "\n" and _LIST_LINE.match(work, start) is not None
        if not listed and _BACK_BEFORE.search(work[start:stop]) is None:
            looked += 1  # (the lines of a breakdown and the sentences that point back as well lead on to the span)
        bounds = _sentence_before(work, start)
    return False
