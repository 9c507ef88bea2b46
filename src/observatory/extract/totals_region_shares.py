"""A total's dead split by region in a sentence of its own a little after it (used by ``totals.TotalsBuilder``).

"Of the civilian victims, 11 were killed in X countryside and eight in Y countryside" or "Of the regime soldiers and
loyalists, 77 were killed in the Homs desert, 61 in ..." told up to three sentences after the total (a remark on the
wounded may stand between): the figures are regional totals of the group the opening names. The opening must name a
group of the dead and be followed at once by the first figure of a list of two or more "N (were killed) in <place>".
"""

from __future__ import annotations

import re
from typing import Final

from observatory.extract.numbers import PLURAL_WORD
from observatory.extract.totals_lines import by_region

#: "Of the civilian victims, ", "Of the regime soldiers and loyalists, ": a group of the dead, then the first figure.
_OPENING: Final = re.compile(r"\s*(?:Of|Among)\s+the\s+(?:[\w'-]+\s+){0,4}?(?:victims|martyrs|dead|fatalities|losses|deaths|civilians|soldiers|"
                             r"loyalists|fighters|members|militiamen|troops)\s*,\s*(?=(?:\d|(?i:" + PLURAL_WORD + r")\b))")


def regional_shares(work: str, start: int, end: int) -> bool:
    """Whether work[start:end] opens with a group of the dead and goes on with its figures by region (two or more)."""
    m = _OPENING.match(work, start, end)
    if m is None:
        return False
    hits = by_region(work, start, end)
    return len(hits) >= 2 and hits[0].start == m.end()
