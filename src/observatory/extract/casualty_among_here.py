"""Some of a sentence's own dead, told after it in a clause of its own: "... said the toll had risen to 12 after two
of the wounded died, and that four children were among the dead". The four are part of the twelve, not four more.

Only the last top-level killed figure before the clause is the whole; the parts stand right before "were among the
dead" and are of its side (or it has none), and add up to no more than it. (tests/test_extract_round68_readings.py)
"""

from __future__ import annotations

import re
from dataclasses import replace

from observatory.extract.mention_sides import KILLED, Mention

#: "..., and (that) four children were among the dead": the clause that tells the parts.
_AMONG = re.compile(r"\s*(?:were|was)\s+(?:among|amongst)\s+(?:the\s+|those\s+)?(?:dead|killed|victims|fatalities)\b",
                    re.IGNORECASE)
#: What joins the whole's clause to the parts' own: ", and (that)" and nothing after it.
_AND_THAT = re.compile(r"[^.;]*,\s+and\s+(?:that\s+)?$", re.IGNORECASE)

#: Parts joined to each other: "a child and two women", "a child, two women".
_JOINED = re.compile(r"\s*(?:,\s*)?(?:and\s+)?", re.IGNORECASE)


def among_here(mentions: tuple[Mention, ...], sentence: str, start: int) -> tuple[Mention, ...]:
    """``mentions`` with the parts of a whole told in the same sentence tied to it (see the module's notes);
    ``start``: where ``sentence`` begins in the text."""
    tops = [i for i, m in enumerate(mentions) if m.role == KILLED and m.parent is None and not m.quantity.vague]
    for k, last in enumerate(tops):
        if not _AMONG.match(sentence, mentions[last].group_end - start):
            continue
        first = next((j for j in reversed(range(k)) if _AND_THAT.fullmatch(
            sentence, mentions[tops[j]].group_end - start, mentions[tops[j + 1]].quantity.start - start)), None)
        if first is None or not all(_JOINED.fullmatch(sentence, mentions[tops[j]].group_end - start,
                                                      mentions[tops[j + 1]].quantity.start - start) for j in range(first + 1, k)):
            return mentions
        whole, parts = mentions[tops[first]], [mentions[i] for i in tops[first + 1:k + 1]]
        if any(p.side is None or whole.side not in (None, "unknown", p.side) for p in parts) or \
                sum(p.value for p in parts) > whole.value:
            return mentions
        tied = set(tops[first + 1:k + 1])
        return tuple(replace(m, parent=tops[first]) if i in tied else m for i, m in enumerate(mentions))
    return mentions
