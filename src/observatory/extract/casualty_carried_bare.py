"""Bare figures of the people a vehicle carried (used by ``casualties._after_reading``).

"A truck carrying members of the government forces struck a landmine on the road, killing two and wounding four": the
two and the four, figures with no noun of their own, are of the people the truck carried (the regime's), not of no
side. Handled: a bus, truck, car, vehicle, convoy or patrol "carrying/transporting" a group the lexicon knows as armed,
earlier in the same sentence, and no other armed group named between it and the figure. Not: figures with a noun
("killing two civilians"), nor people carried of no armed side ("a bus carrying workers"), nor a risen toll ("the toll of the ambush on a bus carrying soldiers has risen to 37", whose
parts by side may follow). "N others" right after such a figure are of the same people.
"""

from __future__ import annotations

import re
from datetime import date
from typing import Final

from observatory.extract.actors import ActorLexicon
from observatory.extract.mention_sides import Mention

_CARRYING: Final = re.compile(r"\b(?:an?|the|one)\s+(?:[\w-]+\s+){0,2}?(?:bus|minibus|truck|lorry|car|vehicle|pickup|convoy|patrol)\s+"
                              r"(?:carrying|transporting)\s+(?:a\s+group\s+of\s+|(?:several|some|a\s+number\s+of)\s+)?",
                              re.IGNORECASE)
_NO_CAMP: Final = ("unknown", "civilians")
_OTHERS: Final = re.compile(r"\s*(?:other\s+)?others?\s*$", re.IGNORECASE)


def carried_bare(mentions: list[Mention], work: str, start: int, lexicon: ActorLexicon, on: date | None) -> list[Mention]:
    """The figures, with a bare figure of no side given the side of the armed group the vehicle carried."""
    if not any(_bare(m, work) for m in mentions):
        return mentions
    out: list[Mention] = []
    named: Mention | None = None
    for m in mentions:
        if named is not None and m.side is None and m.parent is None and _OTHERS.match(work, m.quantity.end, m.group_end):
            m = m.sided_like(named)  # ("killing 23 and wounding 10 others": the others of the same people)
        elif _bare(m, work):
            hits = list(_CARRYING.finditer(work, start, m.quantity.start))
            if hits:
                armed = [a for a in lexicon.find(work, hits[-1].end(), m.quantity.start, on) if a.side not in _NO_CAMP]
                if armed and armed[0].start - hits[-1].end() <= 20 and len({a.side for a in armed}) == 1:
                    m = named = m.named(armed[0])
        out.append(m)
    return out


def _bare(m: Mention, work: str) -> bool:
    """A figure of no side and no noun, not a risen toll (whose parts may be told by side after it)."""
    return m.side in (None, "unknown") and not m.quantity.vague and m.parent is None and not m.rose \
        and not work[m.quantity.end:m.group_end].strip()
