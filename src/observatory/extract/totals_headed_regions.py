"""A roundup line whose head names the dead and whose body splits them by place (used by ``totals.TotalsBuilder``).

"The civilians were killed in the following provinces: 24 in X, most of them in ...; 19 in Y; 11 in Z and one in W" or
"The regime and loyalist fatalities were distributed by region as follows: 97 in the X desert, 104 in the Y desert, ...":
the head before the colon holds no figure of its own and names (or leaves to the total before) the side and the period;
each "N in <place>" after it is a regional total of that side. They are not incidents: no event is told.
"""

from __future__ import annotations

import re
from typing import Final

from observatory.extract.numbers import CARDINAL_WORD
from observatory.extract.totals_lines import ByParty, by_region

#: A figure in the head (digits or words) makes it a total of its own, read elsewhere.
_FIGURE: Final = re.compile(r"\d|\b(?i:" + CARDINAL_WORD + r")\b")
#: The head says its people died ("were killed in", "fatalities", "losses", "the toll"): not wounded, troops or attacks.
_DEATH_HEAD: Final = re.compile(r"\b(?:killed|died|dead|deaths?|fatalities|losses|toll|victims|fell|lost\s+their\s+lives)\b", re.IGNORECASE)
#: The head says a list by place follows ("as follows", "in the following provinces", "by region", "breakdown"): not
#: "The people wounded in the shelling that killed ... were taken to hospitals: 14 in X" or "... arrested young men: 40 in X".
_LIST_CUE: Final = re.compile(r"\b(?:as\s+follows|following|by\s+(?:region|area|province|governorate)s?|regionally|distributed|"
                              r"divided|breakdown|broke(?:n)?\s+down)\b", re.IGNORECASE)
#: A head counting others than the dead ("the families of the civilians killed were displaced to the following camps:").
_OTHER_COUNT: Final = re.compile(r"\b(?:wounded|injur\w*|arrest\w*|detain\w*|displaced|fled|famil(?:y|ies)|relatives|"
                                 r"reinforcements|(?:re)?deployed|abduct\w*|kidnap\w*)\b", re.IGNORECASE)


def headed_regions(work: str, start: int, end: int) -> tuple[int, list[ByParty]]:
    """(end of the head, figures by place) of a line "<head without a figure>: N in X, M in Y ..." in work[start:end];
    (start, []) when it is not one. Two places at least."""
    hits = by_region(work, start, end)
    if len(hits) < 2:
        return start, []
    colon = work.rfind(":", start, hits[0].start)
    if colon < 0 or work[colon + 1:hits[0].start].strip() or _FIGURE.search(work, start, colon) or not _DEATH_HEAD.search(work, start, colon):
        return start, []
    if not _LIST_CUE.search(work, start, colon) or _OTHER_COUNT.search(work, start, colon):
        return start, []
    return colon, hits
