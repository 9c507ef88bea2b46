"""A list by region opened "By governorate," whose first place takes a verb and the others only a figure (used by
``totals_rank_tops.ranked_told_otherwise``).

"By governorate, Idlib saw 842 victims, Hama 198, Aleppo 41 and Latakia 8", "By province, Daraa recorded 58 deaths,
Deir Ezzor 31 and Homs 12": each figure is a regional total of the side of the toll before, as a ranking's are. The
first place counts only with a word of the dead after its figure or none at all ("saw 842 victims", "recorded 58"),
not with a count of events ("saw 181 operations").
"""

from __future__ import annotations

import re
from typing import Final

from observatory.extract.numbers import words_to_int
from observatory.extract.totals_lines import RANK_NUM, RANK_PLACE, ByParty

#: "By governorate, Idlib saw 842 victims": the opener, the first place, its verb and figure.
_FIRST: Final = re.compile(
    r"\b(?i:by\s+(?:governorate|province|region|area))s?\s*,\s*(?:(?i:the)\s+)?"
    + RANK_PLACE
    + r"(?:\s+(?i:governorate|province|countryside))?\s+(?i:saw|recorded|registered|witnessed|had)\s+"
    + RANK_NUM
    + r"(?:\s+(?i:civilian\s+)?(?i:victims|deaths|fatalities|dead|people\s+killed))?"
    + r"(?=\s*(?:,|\band\b))"
)
#: ", Hama 198", " and Latakia 8": a next place and its figure alone.
_NEXT: Final = re.compile(
    r"\s*(?:,\s*(?:and\s+)?|\s+and\s+)(?:(?i:the)\s+)?" + RANK_PLACE + r"\s+" + RANK_NUM + r"(?=\s*(?:[,.;]|\band\b|$))"
)


def place_verb_run(work: str, start: int, end: int) -> list[ByParty]:
    """The figures of such a list in work[start:end], first place first; none unless a next place follows it."""
    first = _FIRST.search(work, start, end)
    if first is None:
        return []
    found, at = [first], first.end()
    while (m := _NEXT.match(work, at, end)) is not None:
        found.append(m)
        at = m.end()
    out = []
    for m in found:
        value = words_to_int(m.group("num").replace(",", "").lower())
        if value is None:
            return []
        out.append(ByParty(m.start("num"), m.end("num"), value, (m.start("where"), m.end("where"))))
    return out if len(out) >= 2 else []
