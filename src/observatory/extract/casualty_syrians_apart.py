"""Syrians among the dead of a strike on Iranian forces, broken down in an aside after "N Syrians" (tests in
tests/test_extract_casualty_syrians_apart.py).

"The dead are eight Iranians, five Syrians - three guards working for the Iranians and two civilians - and a member of
Hezbollah": the guards are Syrians who worked for the Iranian forces, of the regime (SCHEMA: Iranian-backed
militiamen the text says are Syrian -> regime), not of the Iranians their words name; the civilians stay civilians.

Only where the aside names the work for the Iranians, their militias, Hezbollah or the Guard; a part of the aside
already of another side ("two civilians") keeps it.
"""

from __future__ import annotations

import re
from dataclasses import replace

from observatory.extract.mention_sides import Mention

#: The figure's words: "Syrians" alone, before the aside.
_SYRIANS = re.compile(r"\s*Syrians\b", re.IGNORECASE)
#: The aside between dashes or brackets ("- three guards ... and two civilians -"), or after a comma up to the next
#: comma (", two of them civilians and three working with ...,").
_DASHED = re.compile(r"\s*(?:[-–—]|\()\s*(?P<inner>[^-–—()]{1,160}?)\s*(?:[-–—]|\))")
_COMMA = re.compile(r"\s*,\s*(?P<inner>[^.;:,]{1,160}?)\s*,")
#: Work for the Iranian side: "working for the Iranians", "who worked with the Iranian forces", "serving the IRGC".
_FOR_IRAN = re.compile(
    r"\b(?:working|worked|work|serving|served|employed)\s+(?:(?:with|for|alongside|by)\s+)?(?:the\s+)?"
    r"(?:Iran\w*|militias?|Hezbollah|IRGC|Revolutionary\s+Guards?|Guards?)\b",
    re.IGNORECASE,
)


def _aside(work: str, at: int) -> re.Match[str] | None:
    return _DASHED.match(work, at) or _COMMA.match(work, at)


def _regime_part(m: Mention) -> Mention:
    return replace(m, side="regime", actor=None, nationality="SY", generic=False)


def syrians_apart(mentions: list[Mention], work: str) -> list[Mention]:
    """The Syrians' parts told in an aside after "N Syrians" (see module doc): the part that worked for the Iranians
    is the regime's."""
    out = list(mentions)
    for m in mentions:
        syrians = _SYRIANS.match(work, m.quantity.end)
        if m.side not in (None, "unknown") or m.quantity.vague or syrians is None:
            continue
        aside = _aside(work, syrians.end())
        if aside is None or not _FOR_IRAN.search(aside.group("inner")):
            continue
        span = aside.span("inner")
        inside = [j for j, p in enumerate(mentions) if span[0] <= p.quantity.start < span[1]]
        for j in inside:
            p = mentions[j]
            words = work[p.quantity.end : min(p.group_end + 40, span[1])]
            if p.side in (None, "pro_iran_foreign") and _FOR_IRAN.search(words):
                out[j] = _regime_part(p)
    return out
