""""Four of the former and three of the latter": the two groups the sentence named before the figures.

"Clashes erupted between members of the Afghan Fatemiyoun Brigade ... and ISIS cells ..., leaving four of the former
and three of the latter dead": "the former" is the first of the last two groups with a side named before the figure,
"the latter" the second of them ("13 members of regime forces and the Palestinian Liwaa al-Quds, including six of the
latter"). A figure of neither word, or a sentence that names fewer than two groups of different sides before it, is
left as it was (tests/test_extract_round58_readings.py).
"""

from __future__ import annotations

import re
from datetime import date
from typing import Final

from observatory.extract.actors import ActorLexicon, ActorMatch
from observatory.extract.mention_sides import Mention

#: The figure's own words: "of the former", "of the latter", "of the latter's elements".
_WHICH: Final = re.compile(r"\s+of\s+the\s+(?P<which>former|latter)\b", re.IGNORECASE)


def former_latter_side(m: Mention, work: str, start: int, lexicon: ActorLexicon, on: date | None) -> ActorMatch | None:
    """The group "the former" or "the latter" of ``m``'s words stands for, if any (see module doc)."""
    which = _WHICH.match(work, m.quantity.end)
    if which is None:
        return None
    groups: list[ActorMatch] = []
    for a in lexicon.find_named(work, start, m.quantity.start, on):
        if not groups or groups[-1].side != a.side:  # ("members of the Afghan 'Fatemiyoun Brigade', backed by Iran")
            groups.append(a)
    if len(groups) < 2:
        return None
    return groups[-2] if which.group("which").lower() == "former" else groups[-1]
