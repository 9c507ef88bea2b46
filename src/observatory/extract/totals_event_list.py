"""A list that breaks down one event's rising toll is that event's dead, not a statistics block (read by
``totals.TotalsBuilder.take``; tests in tests/test_extract_round70_readings.py).

SOHR's updates on one strike often end a sentence on a colon and list the dead by side:

* "..., raising the death toll of the drone attack which targeted the graduation ceremony ... to 123 people, as
  follows:" followed by one line per side: the header itself is one event's toll told as rising;
* "The death toll of the Israeli missile strike which hit a building in Kafr Sousa has risen to 15, ... According to
  SOHR sources, the fatalities are as follows: five civilians, ...; seven members of regime forces, ...": a header
  with no figure of its own, right after a sentence that tells one event's rising toll.

Either way the lines are the incident's breakdown, and a line of its own under such a header ("• 54 civilians,
including 39 children") counts dead with no verb of death (``line_of_event_dead``). A header or toll with a span of
time ("since", "during", a year: ``PERIOD_CUE``), or one that says what was documented, stays a statistics block.
"""

from __future__ import annotations

import re
from typing import Final

from observatory.extract import totals_marks as marks
from observatory.extract.numbers import CARDINAL_WORD
from observatory.extract.totals_event_toll import toll_of_one_event
from observatory.extract.totals_one_event_rise import PERIOD_CUE, one_event_rise
from observatory.extract.totals_risen_one import risen_toll_of_one

_FIGURE: Final = re.compile(rf"\d|\b(?i:{CARDINAL_WORD})\b")
#: The sentence before ``start``: back to the end of the one before it, or to a paragraph break.
_SENTENCE_BEFORE: Final = re.compile(r"(?:^|(?<=[.!?])\s+|\n\s*\n)(?P<sentence>[^\n]{20,600}?[.!?])\s*$")


def _one_event_toll(chunk: str) -> bool:
    """One event's toll told as rising, with no span of time."""
    return (toll_of_one_event(chunk) or one_event_rise(chunk) or risen_toll_of_one(chunk)) and not PERIOD_CUE.search(chunk)


def event_breakdown_header(work: str, start: int, chunk: str) -> bool:
    """Whether ``chunk`` (the sentence at ``start`` of ``work``) opens a list of the dead of one event, on its own
    lines or after its colon (see the module's notes)."""
    if ":" not in chunk or not marks.list_header(chunk):
        return False
    head = chunk[:chunk.rindex(":")]
    if marks.DOCUMENTED.search(head) or PERIOD_CUE.search(head):
        return False
    if _FIGURE.search(head):
        return _one_event_toll(head)
    before = _SENTENCE_BEFORE.search(work, max(0, start - 600), start)
    return before is not None and _one_event_toll(before.group("sentence"))


#: A bullet line: its marker at the start.
_BULLET: Final = re.compile(r"[ \t]*[•\-*▪●◦·–][ \t]*")


def line_of_event_dead(work: str, start: int) -> bool:
    """Whether the line at ``start`` is an item (after other items, if any) under a header that opens a list of one
    event's dead (``event_breakdown_header``)."""
    line_start = work.rfind("\n", 0, start) + 1
    while line_start > 0:
        prev_start = work.rfind("\n", 0, line_start - 1) + 1
        line = work[prev_start:line_start - 1]
        if line.strip() and not _BULLET.match(line):
            return line.rstrip().endswith(":") and event_breakdown_header(work, prev_start, line.strip())
        line_start = prev_start
    return False
