"""People named among the dead of the total before (used by ``totals_tallies.after_total``; tests in
tests/test_extract_totals_among_the_dead_part.py).

* "A regime officer with the rank of colonel was among those slain", "Two field commanders were among the dead",
  "Among the dead is a Hezbollah officer": right after a total, the people named are some of its dead, not a total of
  their own; their figure becomes a part (``of_which``) of the last total of their side that holds it, labelled by
  their kind (officers, commanders, children, women) where the text names one ("Among the dead is a regime officer"
  with no figure read is consumed too). Figures of a side that no total before holds ("25 people ... 10 SDF fighters
  and nine gunmen were among the dead": the split of a total of people) are left to the other readers.
"""

from __future__ import annotations

import re
from dataclasses import replace
from datetime import date
from typing import Final

from observatory.extract.actors import ActorLexicon
from observatory.extract.casualties import KILLED, find_mentions
from observatory.extract.gates import folded, has_any
from observatory.extract.text import Sentence
from observatory.models import CumulativeClaim

#: "... was among those slain", "... were among the dead", "Among the dead is ...".
_AMONG: Final = re.compile(r"\b(?:was|were|is|are)\s+(?:also\s+)?among\s+(?:the\s+|those\s+)?(?:dead|killed|slain|victims|fatalities)\b|"
                           r"^\W*Among\s+(?:the\s+|those\s+)?(?:dead|killed|slain|victims|fatalities)\s+(?:is|was|were|are)\b", re.IGNORECASE)
_KIND: Final = re.compile(r"\b(?:officers?|commanders?|leaders?|colonel|general|brigadier|major|captain|lieutenant)\b", re.IGNORECASE)


def among_the_dead(work: str, sent: Sentence, claims: list[CumulativeClaim], lexicon: ActorLexicon, on: date | None) -> bool:
    """Whether the sentence names some of the dead of the totals before; if so it is consumed and its figures become
    parts of the last total of their side (``claims`` updated in place)."""
    if not claims or not has_any(folded(work, sent.start, sent.end), ("among",)) or not _AMONG.search(work, sent.start, sent.end):
        return False
    mentions = [m for m in find_mentions(work, sent.start, sent.end, lexicon, on, default_role=KILLED, title_sides=False)
                if m.role == KILLED and not m.quantity.vague and m.parent is None]
    ats = [next((k for k in range(len(claims) - 1, -1, -1) if claims[k].side == m.side and claims[k].killed >= m.value), None)
           for m in mentions]
    if None in ats:
        return False  # ("25 people ...; 10 SDF fighters and nine gunmen were among the dead": the parts of a total of people)
    for m, at in ((m, at) for m, at in zip(mentions, ats, strict=True) if at is not None):
        label = m.label or ("officers" if _KIND.search(work, m.quantity.start, min(sent.end, m.group_end + 40)) else None)
        told = {k for k, _ in claims[at].of_which}
        if label is not None and label not in told:
            claims[at] = replace(claims[at], of_which=(*claims[at].of_which, (label, m.value)))
    return True
