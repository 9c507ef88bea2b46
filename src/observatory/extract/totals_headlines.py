"""Headlines of people that the report then breaks down by side (used by ``totals_sums.drop_sums``).

* "SOHR has documented the death of 6,900 people across Syria in 2021 ... The dead are distributed as follows:", then
  the lines of three sides or more ("Civilians: 2,100", "- 1,500 regime soldiers", "Members of ISIS: 500"): the
  headline of no side is broken down by side, so the lines are the totals and the headline is not, even where the lines
  fall short of it (a line lost to a cut text, a line of no side) or where the cue to the split stands sentences after
  the headline. The lines must not add up to more than the headline (then they are not its parts).
"""

from __future__ import annotations

import re

from observatory.models import CumulativeClaim

#: The text says the figures after it split a toll: "distributed as follows", "broken down as follows", "divided".
_SPLIT_CUE = re.compile(r"\b(?:distributed|broken\s+down|divided|(?:break\s*down|distribution|breakdown)\s+of\s+(?:the\s+)?"
                        r"(?:dead|deaths|fatalities|victims|toll)|as\s+follows)\b", re.IGNORECASE)
#: How far the split's cue may lie after the headline.
_CUE_REACH = 1200
#: How many sides the lines must name.
_SIDES = 3


def split_headlines(claims: list[CumulativeClaim], work: str) -> set[int]:
    """The indices of headlines of no side that lines of three sides or more after a split cue break down."""
    dropped: set[int] = set()
    for j, head in enumerate(claims):
        if head.side != "unknown" or head.region is not None or head.span is None or head.perpetrator is not None:
            continue
        lines = [c for c in claims[j + 1:] if c.span is not None and c.span.start > head.span.end]
        if not lines:
            continue
        first = min(c.span.start for c in lines if c.span is not None)
        if first - head.span.end > _CUE_REACH or _SPLIT_CUE.search(work, head.span.end, first) is None:
            continue
        if _breaks_down(head, lines):
            dropped.add(j)
    return dropped


def _breaks_down(head: CumulativeClaim, lines: list[CumulativeClaim]) -> bool:
    """Lines of three sides or more, less the shares of an earlier line of their side, that add up to no more than the
    headline (a region's line or another headline of no side closes them)."""
    kept: list[CumulativeClaim] = []
    for c in lines:
        if c.region is not None or c.side == "unknown" and c.killed >= head.killed:
            break
        if c.perpetrator is not None or any(k.side == c.side and k.killed > c.killed for k in kept):
            continue  # ("- 508 by regime shelling" under "Civilians: 3,506": a share of that line)
        kept.append(c)
    sides = {c.side for c in kept} - {"unknown"}
    return len(sides) >= _SIDES and sum(c.killed for c in kept) <= head.killed
