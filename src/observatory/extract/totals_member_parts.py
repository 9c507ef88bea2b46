"""People of a total told after it as members of its dead by their civilian work or by the mines that killed them
(used by ``totals.TotalsBuilder._fold_parts``).

"- 93 civilians, including 17 children. Among them are 38 shepherds and truffle hunters killed by ISIS cells, and 31
killed by landmines", "Civilians: 40. Among them were 12 shepherds killed by ISIS cells and 9 civilians killed by
landmines", "... the death of 151 people in explosions of landmines. Among the dead were 34 truffle hunters", "Among
the victims are 20 herders and five gas field workers": the figures are parts of the total before (its ``of_which``),
not totals of their own, nor one total of their sum.

Read only after "Among them / the dead / the victims / the fatalities were (are)" (a membership told of the total
before; "Among this toll, 49 truffle pickers ... were killed" tells a toll of its own) and only where every figure
counts civilians at work or the dead of mines, of the total's own side (or a total of people of no side).
"""

from __future__ import annotations

import re
from typing import Final

from observatory.extract.mention_sides import Mention

#: "Among them were", "Among the dead are", "Among the victims were at least": the membership opening, right before
#: the first figure.
_AMONG: Final = re.compile(r"\b(?i:among)\s+(?i:them|the\s+(?:dead|victims|fatalities))\s+(?i:were|are)\s+"
                           r"(?:(?i:at\s+least|about|nearly|some)\s+)?$")
#: Civilians told by their work: "shepherds", "truffle hunters", "gas field workers", "farmers".
_AT_WORK: Final = re.compile(r"\s*(?:[\w-]+\s+){0,2}?(?:shepherds?|herders?|herdsm[ae]n|truffle\s+(?:hunters?|pickers?|gatherers?|collectors?)|"
                             r"farmers?|workers?|labou?rers?)\b", re.IGNORECASE)
#: The dead of mines: "killed by landmines", "killed in landmine explosions", "died in explosions of war remnants".
_BY_MINES: Final = re.compile(r"[^.;,]{0,30}?\b(?:killed|died)\s+(?:by|in)\s+(?:the\s+)?(?:explosions?\s+of\s+)?(?:land)?mines?\b|"
                              r"[^.;,]{0,30}?\b(?:killed|died)\s+(?:by|in)\s+(?:the\s+)?(?:landmine|mine)\s+(?:explosions?|blasts?)\b|"
                              r"[^.;,]{0,30}?\b(?:killed|died)\s+(?:by|in)\s+(?:the\s+)?(?:explosions?\s+of\s+)?(?:war\s+remnants|remnants\s+of\s+war|"
                              r"unexploded\s+ordnance)\b", re.IGNORECASE)


def member_parts(work: str, tops: list[Mention], side: str) -> bool:
    """Whether ``tops`` (the sentence's top figures) are members of the total of ``side`` before, told by work or mines."""
    if not tops or side not in ("civilians", "unknown"):
        return False
    first = min(tops, key=lambda m: m.quantity.start)
    if _AMONG.search(work, max(0, first.quantity.start - 60), first.quantity.start) is None:
        return False
    return all(m.side in (side, "civilians", None) and (_AT_WORK.match(work, m.quantity.end) or _BY_MINES.match(work, m.quantity.end))
               for m in tops)
