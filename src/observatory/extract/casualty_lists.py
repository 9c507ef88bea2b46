"""Lists of casualty figures read across their items (used by ``casualties``): the next item of a list cut by
semicolons or after a clause on how the item before died, a relative clause between two items, and a toll restated
by side ("the dead were two Syrian soldiers and two Iranian-backed militiamen").
"""

from __future__ import annotations

import re
from dataclasses import replace

from observatory.extract.mention_sides import KILLED, Mention

#: "...: 96 members of regime forces and collaborators with security services; 52 ex-fighters ...": the next item of a list
#: cut by semicolons (what the item before says of its people in between), or of a list that goes on after a clause that
#: says how the item before died (", who were killed by landmines, in addition to 15 members ...").
NEXT_ITEM = re.compile(r"[^.;:\d]{0,120}?;\s*(?:and\s+)?|,\s*who\s+(?:were|was|had\s+been)\s+(?:killed|murdered)\b[^.;:\d]{0,100}?,\s*"
                        r"(?:in\s+addition\s+to|as\s+well\s+as|along\s+with)\s*", re.IGNORECASE)
#: "11 civilians who were collecting truffles and four members of ...": a relative clause between two parts of a list.
WHO_THEN_AND = re.compile(r"\s*,?\s*(?:who|that)\s+(?:were|was|had\s+been|are)\s+(?!(?:also\s+)?(?:killed|injured|wounded|dead)\b)"
                           r"[a-z][a-z\s'-]{0,60}?,?\s+(?:and|as\s+well\s+as)\s*")
#: What may stand between a figure and "N of whom ..." that breaks it down: where or when, then a comma.
OF_WHOM_AFTER = re.compile(r"[^.;:]{0,160}?,\s*")
#: "N of whom were killed by X": the part of the figure before that one side killed.
OF_WHOM_BY = re.compile(r"\s+of\s+(?:whom|them)\s+(?:(?:were|was|have\s+been|had\s+been)\s+)?(?:killed\s+)?by\b", re.IGNORECASE)
#: "the dead were two Syrian soldiers and two Iranian-backed militiamen": the toll told before, restated by side.
_RESTATED = re.compile(r"\b(?:the|those)\s+(?:dead|killed|victims|slain)\s+(?:were|are|included|include|includes)\b", re.IGNORECASE)


def restated(work: str, start: int, end: int, mentions: list[Mention]) -> list[Mention]:
    """The figures of a restated toll ("the dead were ...") replace what was told of their sides before: the first figure
    of each side is marked as a latest toll (the next ones of that side add to it)."""
    cue = _RESTATED.search(work, start, end)
    if cue is None:
        return mentions
    seen: set[str | None] = set()
    out = []
    for m in mentions:
        if m.quantity.start >= cue.end() and m.role == KILLED and m.parent is None and not m.quantity.vague and m.side not in seen:
            seen.add(m.side)
            m = replace(m, rose=True)
        out.append(m)
    return out
