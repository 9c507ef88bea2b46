"""The side of suspects killed in a raid: those the raid was after are "suspected of belonging to" a group, and a
suspect killed in it is of that group.

Construction handled: "SDF forces raided houses in X and arrested four persons suspected of belonging to ISIS cells.
A fifth suspect was shot dead after he opened fire" -- the dead suspect is counted with ISIS, not as of no side.
"""

from __future__ import annotations

import re
from dataclasses import replace
from typing import TYPE_CHECKING

from observatory.extract.mention_sides import KILLED

if TYPE_CHECKING:
    from datetime import date

    from observatory.extract.actors import ActorLexicon
    from observatory.extract.drafts import Draft

#: "suspected of belonging to ISIS cells", "accused of being members of HTS", "suspected of links with the SDF".
_SUSPECTED_OF = re.compile(r"\b(?:suspected|accused)\s+of\s+(?:belonging\s+to|being\s+(?:members?|part)\s+of|"
                           r"(?:having\s+)?(?:links?|ties)\s+(?:to|with)|affiliation\s+(?:to|with)|working\s+(?:for|with))\s+"
                           r"(?:the\s+)?(?P<group>[^.;,]{2,60})", re.IGNORECASE)
#: The dead named as one of those suspects ("a fifth suspect", "one of the suspects", "the wanted man").
_SUSPECT = re.compile(r"\bsuspects?\b|\bwanted\s+m[ae]n\b|\bone\s+of\s+them\b", re.IGNORECASE)


def suspects_side(draft: Draft, work: str, lexicon: ActorLexicon, on: date | None) -> None:
    """Dead of no side that the text calls suspects take the side the suspects were suspected of belonging to."""
    told = [(k, m) for k, (m, _) in enumerate(draft.generic) if m.role == KILLED] + \
        [(-1, m) for (role, side), (m, _) in draft.counts.items() if role == KILLED and side == "unknown"]
    if len(told) != 1 or _SUSPECT.search(work, told[0][1].group_start, told[0][1].group_end + 1) is None:
        return
    m = _SUSPECTED_OF.search(work, draft.start, draft.end)
    if m is None:
        return
    found = {a.side for a in lexicon.find(work, m.start("group"), m.end("group"), on)} - {"unknown", "civilians"}
    if len(found) != 1 or (KILLED, next(iter(found))) in draft.counts:
        return
    side = found.pop()
    k, mention = told[0]
    index = draft.generic.pop(k)[1] if k >= 0 else draft.counts.pop((KILLED, "unknown"))[1]
    draft.counts[(KILLED, side)] = (replace(mention, side=side), index)
