"""The top of a ranking by region told in other words than "<place> saw the highest toll, with N" (used by
``totals.TotalsBuilder``; the ranking itself is ``totals_lines.ranked_regions``).

* the toll named first, then the place: "The heaviest toll was in Tafas with 31 dead, followed by Jasim with 12";
* the place as the superlative area or share: "the Hama desert was the bloodiest area, with 77 fatalities, followed
  by ...", "Daraa accounted for the largest share with 140 fatalities, followed by ...".

Read only with a next place after the top (", followed by Jasim with 12"): a lone superlative is no ranking.
"""

from __future__ import annotations

import re
from typing import Final

from observatory.extract.dates import MONTH_NAMES
from observatory.extract.gates import folded, has_any
from observatory.extract.totals_lines import RANK_NUM, RANK_PLACE, ByParty, ranking_from

_SUPERLATIVE: Final = r"(?i:highest|heaviest|bloodiest|deadliest|largest|biggest)"
#: "The heaviest toll was in Tafas with 31 dead", "the highest death toll was recorded in Jasim, with 12".
_TOLL_IN: Final = re.compile(r"\b(?i:the)\s+" + _SUPERLATIVE + r"\s+(?i:(?:death\s+)?toll|number\s+of\s+(?:deaths|victims|fatalities))\s+"
                             r"(?i:was\s+(?:recorded\s+|registered\s+|documented\s+)?in)\s+(?:the\s+)?" + RANK_PLACE
                             + r"\s*,?\s*(?i:with)\s+" + RANK_NUM)
#: "the Hama desert was the bloodiest area, with 77", "Daraa accounted for the largest share with 140".
_PLACE_TOPS: Final = re.compile(RANK_PLACE + r"(?:\s+(?i:governorate|province|city|region|countryside))?\s+(?i:was\s+the|accounted\s+for\s+the)\s+"
                                + _SUPERLATIVE + r"\s+(?i:area|region|governorate|province|share)\b\s*,?\s*(?i:with)\s+" + RANK_NUM)
#: A month in the place's slot ("the highest toll was recorded in March, with 40, followed by April"): a ranking by time.
_MONTH: Final = re.compile(r"(?:" + MONTH_NAMES + r")\b")
_STEMS: Final = ("highest", "heaviest", "bloodiest", "deadliest", "largest", "biggest")


def ranked_told_otherwise(work: str, start: int, end: int) -> list[ByParty]:
    """The figures of a ranking by region whose top is told in one of the other wordings, top first; none unless a
    next place follows it."""
    if not has_any(folded(work, start, end), _STEMS):
        return []  # (every match holds one of the stems)
    tops = [m for m in (_TOLL_IN.search(work, start, end), _PLACE_TOPS.search(work, start, end))
            if m is not None and not _MONTH.match(m.group("where"))]
    if not tops:
        return []
    found = ranking_from(min(tops, key=lambda m: m.start()), work, end)
    return found if len(found) >= 2 else []
