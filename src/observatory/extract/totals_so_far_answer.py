"""The monitor's answer to another source's count: "SOHR has so far confirmed the death of six members" right after a
claim or another source's figure ("Amaq claimed that its fighters killed ten members of ...", "the White Helmets said
they recovered three bodies, while SOHR has so far documented two") is the monitor's count of the same event, its
"so far" saying the count may still rise, not a span of time (used by ``totals``). A toll of its own ("SOHR has so
far documented the death of 246 people: ...", told after the monitor's own words) or a sentence that names a span
("since", "this year") stays a total. (tests/test_extract_totals_so_far_answer.py)
"""

from __future__ import annotations

import re
from typing import Final

from observatory.extract.incident_bounds import MANY_EVENTS
from observatory.extract.incident_sources import OTHER, figure_source
from observatory.extract.segment import is_total
from observatory.extract.text import MONITOR, sentence_around

#: "SOHR has so far confirmed the death of", "the Observatory has so far documented": the monitor's count, then "so far"
#: before its verb.
_SO_FAR_COUNTED: Final = re.compile(r"\b(?:has|have|had)\s+so\s+far\s+(?:confirmed|documented|recorded|verified|counted|registered)\b",
                                    re.IGNORECASE)
#: Where the words of another source give way to the monitor's in one sentence ("..., while SOHR has so far ...").
_TURN: Final = re.compile(r",?\s+(?:while|whereas|but)\s+(?=[^.;]{0,40}$)", re.IGNORECASE)


def so_far_answer(work: str, start: int, chunk: str) -> bool:
    """Whether ``chunk`` (the sentence at ``start``) is the monitor's "has so far confirmed N" answering another
    source's count told right before it (in the sentence before, or before "while" in the same sentence)."""
    if "so far" not in chunk.lower():
        return False
    hit = _SO_FAR_COUNTED.search(chunk)
    if hit is None or MONITOR.search(chunk, max(0, hit.start() - 40), hit.start()) is None:
        return False
    if is_total(chunk[:hit.start()] + " " * (hit.end() - hit.start()) + chunk[hit.end():]):
        return False  # another cue of a span of time: a period's count
    if MANY_EVENTS.search(chunk, hit.end()):
        return False  # "has so far documented the deaths of 45 civilians in explosions in ...": many events' count
    head = chunk[:hit.start()]
    turn = _TURN.search(head)
    if turn is not None:
        return figure_source(head[:turn.start()]) == OTHER
    if len(head.split()) > 8:
        return False  # (more than the monitor's name before its verb: not the sentence's opening)
    last = len(work[:start].rstrip(" \n.!?;\"”")) - 1  # the last word of the sentence before
    if last <= 0:
        return False
    before = sentence_around(work, last, last)
    return figure_source(work[before[0]:before[1]]) == OTHER


#: Right before the figure: the monitor's "has so far confirmed the death of" ("SOHR has so far confirmed the death of
#: six members").
_SO_FAR_DEATH_OF: Final = re.compile(r"\b(?:has|have|had)\s+so\s+far\s+(?:confirmed|documented|recorded|verified)\s+the\s+deaths?\s+of\s+"
                                     r"(?:at\s+least\s+)?$", re.IGNORECASE)


#: The figure, its noun, then whose they are ("six members of ISIS", "six members from the group").
_NAMED_AFTER: Final = re.compile(r"[\d,]*\w*\s+[a-z]+\s+(?:of|from)\b")


def so_far_counted_at(work: str, start: int, at: int) -> bool:
    """Whether the figure at ``at`` (in the sentence from ``start``) is the monitor's "has so far confirmed the death
    of N": its answer to a count told before, whose noun it takes up ("ten members of X" ... "six members")."""
    if _NAMED_AFTER.match(work, at):
        return False  # "six members of the group": the figure names whose dead they are (not the answer's bare noun)
    hit = _SO_FAR_DEATH_OF.search(work, max(start, at - 60), at)
    return hit is not None and MONITOR.search(work, max(start, hit.start() - 40), hit.start()) is not None
