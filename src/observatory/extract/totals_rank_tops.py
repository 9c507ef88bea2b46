"""The top of a ranking by region told in other words than "<place> saw the highest toll, with N" (used by
``totals.TotalsBuilder``; the ranking itself is ``totals_lines.ranked_regions``).

* the toll named first, then the place: "The heaviest toll was in Tafas with 31 dead, followed by Jasim with 12";
* the place as the superlative area or share: "the Hama desert was the bloodiest area, with 77 fatalities, followed
  by ...", "Daraa accounted for the largest share with 140 fatalities, followed by ...".

Read only with a next place after the top (", followed by Jasim with 12"): a lone superlative is no ranking. Other
tops ("was the hardest hit, with 23", "at 30 percent of the total") are read from their "followed by" places
(``totals_rank_followed``).

``victims_named_before`` bounds where a ranking names the side of its dead: a party named after the figures is their
side only where told of all of them ("..., followed by Raqqa with 20, all of them regime soldiers") and not as who
killed them; "most of them killed in Turkish strikes", "most of them truffle hunters" leave it to the toll before.
"""

from __future__ import annotations

import re
from typing import Final

from observatory.extract.dates import MONTH_NAMES
from observatory.extract.gates import folded, has_any
from observatory.extract.totals_lines import RANK_NUM, RANK_PLACE, ByParty, ranked_regions, ranking_from
from observatory.extract.totals_place_runs import place_verb_run
from observatory.extract.totals_rank_followed import ranked_after_top
from observatory.extract.totals_rank_ordinals import ordinal_ranking

_SUPERLATIVE: Final = r"(?i:highest|heaviest|bloodiest|deadliest|largest|biggest)"
#: "The heaviest toll was in Tafas with 31 dead", "the highest death toll was recorded in Jasim, with 12".
_TOLL_IN: Final = re.compile(r"\b(?i:the)\s+" + _SUPERLATIVE + r"\s+(?i:(?:death\s+)?toll|number\s+of\s+(?:deaths|victims|fatalities))\s+"
                             r"(?i:was\s+(?:recorded\s+|registered\s+|documented\s+)?in)\s+(?:the\s+)?" + RANK_PLACE
                             + r"\s*,?\s*(?i:with)\s+" + RANK_NUM)
#: "the Hama desert was the bloodiest area, with 77", "Daraa accounted for the largest share with 140".
_PLACE_TOPS: Final = re.compile(RANK_PLACE + r"(?:\s+(?i:governorate|province|city|region|countryside))?\s+(?i:was\s+the|accounted\s+for\s+the)\s+"
                                + _SUPERLATIVE + r"(?:\s+(?i:area|region|governorate|province|share))?\b\s*,?\s*(?i:with)\s+" + RANK_NUM)
#: A month in the place's slot ("the highest toll was recorded in March, with 40, followed by April"): a ranking by time.
_MONTH: Final = re.compile(r"(?:" + MONTH_NAMES + r")\b")
_STEMS: Final = ("highest", "heaviest", "bloodiest", "deadliest", "largest", "biggest")


def ranked_told_otherwise(work: str, start: int, end: int) -> list[ByParty]:
    """The figures of a ranking by region whose top is told in one of the other wordings, top first; none unless a
    next place follows it."""
    stems = has_any(folded(work, start, end), _STEMS)  # (every match of the two tops holds one of the stems)
    tops = [m for m in (_TOLL_IN.search(work, start, end), _PLACE_TOPS.search(work, start, end))
            if m is not None and not _MONTH.match(m.group("where"))] if stems else []
    found = ranking_from(min(tops, key=lambda m: m.start()), work, end) if tops else []
    return found if len(found) >= 2 else ranked_after_top(work, start, end) or place_verb_run(work, start, end)


def regions_ranked(work: str, start: int, end: int) -> list[ByParty]:
    """The figures of a ranking by region in work[start:end], in any of its wordings; a ranking whose next places are
    told by rank ("..., and the Deir Ezzor desert second with 512") when it reads more of them."""
    found = ranked_regions(work, start, end) or ranked_told_otherwise(work, start, end)
    ordinal = ordinal_ranking(work, start, end)
    return ordinal if len(ordinal) > len(found) else found


#: Words after a ranking's figures that tell who or what killed them: "killed in", "targeted by", "shelled by", "at
#: the hands of", "in Turkish drone strikes", "the Turkish-led offensive"; the party after them is no side of the dead.
_KILLER_CUE: Final = re.compile(r"\b(?:by|at\s+the\s+hands\s+of|killed|died|strikes?|airstrikes?|offensive|attacks?|raids?|"
                                r"shelling|bombardment|operations?)\b", re.IGNORECASE)


#: ", all of them", ", all of whom were", ", both of them" right after a ranking's figures: what follows tells all its dead.
_ALL_OF_THEM: Final = re.compile(r"\W*(?:all|both)(?:\s+of\s+(?:them|whom))?\b", re.IGNORECASE)


def victims_named_before(work: str, figures_end: int, end: int) -> int:
    """Where the names of the side of a ranking's dead end: at its figures' end (``figures_end``) unless ", all of
    them" follows them; then at the first word after that tells who killed them, else at the sentence end (``end``)."""
    if not _ALL_OF_THEM.match(work, figures_end, end):
        return figures_end
    cue = _KILLER_CUE.search(work, figures_end, end)
    return cue.start() if cue is not None else end
