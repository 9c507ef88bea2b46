"""One more victim who died later, told with the toll his death brings: "A woman died early on Monday of wounds she
had suffered in the shelling, raising the toll to seven", after "Six civilians were killed ...".

The risen toll is the incident's whole toll, and the one who died is part of it, not more dead beside it. Where the
dead told in the sentences just before are all of one side and add up, with the one who died, to the risen toll, the
toll is of that side and the one who died is not counted apart (used by ``casualties.find_mentions``; tests in
tests/test_extract_casualty_died_rise.py). Any other shape (dead of several sides before, a toll that does not add up)
is left to the usual rules.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import replace

from observatory.extract.gates import folded, has_any
from observatory.extract.mention_sides import KILLED, Mention
from observatory.extract.text import SENTENCE_STOP
from observatory.extract.totals_one_event_rise import RISE_VERB

#: How far back (characters) the dead of the incident may be told: a paragraph or two ("Six civilians were killed ...",
#: a paragraph on the weapons used, then the one who died).
RISE_WINDOW = 1200
#: "died ..., raising the toll to", "succumbed to his wounds, bringing the death toll of the attack to".
_DIED_THEN_RISE = re.compile(
    r"\b(?:died|succumbed)\b[^.;]{0,120}?,\s*" + RISE_VERB + r"the\s+(?:death\s+)?toll\b[^.;]{0,40}?\bto\s",
    re.IGNORECASE,
)


def _told_before(work: str, start: int, find: Callable[[int, int], list[Mention]]) -> list[Mention]:
    """The figures of each whole sentence within ``RISE_WINDOW`` before ``start``, read one sentence at a time."""
    out: list[Mention] = []
    at = max(0, start - RISE_WINDOW)
    if at > 0:
        first = SENTENCE_STOP.search(work, at, start)
        at = first.end() if first else start
    while at < start:
        stop = SENTENCE_STOP.search(work, at, start)
        until = stop.end() if stop else start
        if work[at:until].strip():
            out.extend(find(at, until))
        at = until
    return out


def died_with_rise(
    mentions: list[Mention], work: str, start: int, end: int, find: Callable[[int, int], list[Mention]]
) -> list[Mention]:
    """``mentions`` with one later death folded into the risen toll told with it (see module doc); ``find`` reads the
    figures of a span of sentences before."""
    if len(mentions) != 2 or not has_any(folded(work, start, end), ("died", "succumbed")):
        return mentions
    died, rise = mentions
    if (
        died.role != KILLED
        or rise.role != KILLED
        or died.rose
        or not rise.rose
        or died.parent is not None
        or rise.parent is not None
        or rise.side not in (None, "unknown")
        or rise.quantity.vague
        or died.quantity.vague
    ):
        return mentions
    hit = _DIED_THEN_RISE.search(work, died.quantity.start, rise.quantity.start)
    if hit is None or died.group_end > hit.end() or not hit.end() <= rise.quantity.start:
        return mentions
    before = [
        m
        for m in _told_before(work, start, find)
        if m.role == KILLED and m.parent is None and not m.rose and not m.quantity.vague
    ]
    sides = {m.side for m in before}
    if len(sides) != 1 or None in sides or "unknown" in sides or died.side not in (*sides, None, "unknown"):
        return mentions
    if sum(m.value for m in before) + died.value != rise.value:
        return mentions
    return [replace(rise.sided_like(before[-1]), parent=None)]
