"""Rebels told as Turkey's by the words after their noun (used by ``casualty_sentence_sides.mention_of``).

"271 Syrian rebels fighting alongside Turkey", "30 rebels backed by Turkey", "40 opposition fighters allied with
Ankara", "12 factions loyal to Turkey", "rebel fighters supported by the Turkish army": Turkey's Syrian factions
(SCHEMA: SNA factions -> turkey_factions), as "Turkish-backed rebels" are; the bare rebels stay with the rebels.

Read only for a figure read as rebels (hts_rebels) whose own noun ("rebels", "factions", "opposition fighters") is
followed, in its sentence, by the tie and by Turkey, Ankara or Turkey's army named as the one they are tied to; not
"rebels fighting Turkish forces" nor "rebels backed by Turkish-backed factions" (a group, not Turkey).
"""

from __future__ import annotations

import re
from typing import Final

#: The rebels' noun, then the tie to Turkey: "rebels fighting alongside Turkey", "factions backed by Ankara".
_TIED: Final = re.compile(
    r"\b(?:rebels|factions?|(?:opposition|rebel)\s+(?:fighters|groups?))\s*,?\s*(?:(?:who\s+(?:are|were)\s+)?"
    r"(?:fighting|operating|deployed)\s+(?:alongside|with)|(?:backed|supported|armed|funded|trained|sponsored)\s+by|"
    r"(?:allied|aligned|affiliated)\s+(?:with|to)|loyal\s+to)\s+(?:the\s+)?"
    r"(?:Turkey|Ankara|T[üu]rkiye|Turkish\s+(?:army|forces|troops|military|government))\b(?![- ]backed)",
    re.IGNORECASE,
)
#: How far after the figure the rebels' noun and its tie may reach.
_REACH: Final = 90
#: Where the figure's clause ends.
_CLAUSE_END: Final = re.compile(r"[.;\n]")


def turkey_allied(work: str, start: int, group_end: int) -> bool:
    """Whether the rebels counted at ``start`` (their words ending at ``group_end``) are told as Turkey's allies."""
    end = min(len(work), max(group_end, start) + _REACH)
    stop = _CLAUSE_END.search(work, start, end)
    m = _TIED.search(work, start, stop.start() if stop is not None else end)
    return m is not None and m.start() <= group_end + 1
