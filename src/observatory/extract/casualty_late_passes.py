"""The last passes over a sentence's figures once their sides are read (used by ``casualties._after_reading``).

* "left three gunmen dead, as well as a child": the gunmen are no civilians (``casualty_added_dead``).
* A rising toll of the whole day after an event's own dead (``casualty_day_toll``).
* Bare figures of the people a vehicle carried (``casualty_carried_bare``).
* "killing three soldiers and an officer": one of a rank ("an officer", "a commander", "a lieutenant") of no side, joined
  by "and" right after a figure of an armed side with the same role, is of that side; not after civilians ("two
  civilians and an officer": the officer's side is not theirs), nor "five officers among them" (parts of a whole).
* "11 foreign fighters, most of them from Iraq's al-Nujaba movement": a figure of no side glossed by the armed group most
  of its people belong to is of that group's side (round 72); not where the gloss names groups of two sides.
"""

from __future__ import annotations

import re
from datetime import date
from typing import Final

from observatory.extract.actors import ActorLexicon
from observatory.extract.casualty_added_dead import armed_before_added
from observatory.extract.casualty_carried_bare import carried_bare
from observatory.extract.casualty_day_toll import day_toll_apart
from observatory.extract.mention_sides import Mention
from observatory.models import ARMED_SIDES

#: One of a rank, with nothing after it that names a group ("an officer", "a first lieutenant", "a senior commander").
_RANK: Final = re.compile(r"\s*(?:[\w-]+\s+)?(?:officer|commander|lieutenant|captain|colonel|brigadier|major|sergeant|"
                          r"warrant\s+officer|leader)s?\s*$", re.IGNORECASE)
#: The figure before, its noun, then "and": "three soldiers and ".
_AND: Final = re.compile(r"\s+(?:[\w-]+\s+){0,3}?[\w-]+\s*(?:,\s*)?(?:and|as\s+well\s+as)\s+", re.IGNORECASE)


def late_passes(mentions: list[Mention], work: str, start: int, lexicon: ActorLexicon, on: date | None) -> list[Mention]:
    """The figures after the module's passes."""
    mentions = carried_bare(day_toll_apart(armed_before_added(mentions, work), work), work, start, lexicon, on)
    return _mostly_of(_rank_joined(mentions, work), work, lexicon, on)


#: Right after a figure's words: ", most of them from", ", mostly members of", ", the majority of them of".
_MOSTLY: Final = re.compile(r"\s*,\s*(?:(?:most|the\s+majority|many)\s+of\s+(?:them|whom)|mostly)\s+(?:(?:were|are)\s+)?"
                            r"(?:from|of|members\s+of|fighters\s+of|belonging\s+to)\s+", re.IGNORECASE)


def _mostly_of(mentions: list[Mention], work: str, lexicon: ActorLexicon, on: date | None) -> list[Mention]:
    """A figure of no side glossed by the group most of its people belong to, of that group's side (see module doc)."""
    out: list[Mention] = []
    for m in mentions:
        gloss = _MOSTLY.match(work, m.group_end) if m.side is None and not m.quantity.vague else None
        if gloss is not None:
            stop = min((i for i in (work.find(c, gloss.end()) for c in ",;.\n") if i >= 0), default=len(work))
            armed = [a for a in lexicon.find(work, gloss.end(), min(stop, gloss.end() + 60), on) if a.side in ARMED_SIDES]
            if armed and len({a.side for a in armed}) == 1:
                m = m.named(armed[0])
        out.append(m)
    return out


def _rank_joined(mentions: list[Mention], work: str) -> list[Mention]:
    """"killing three soldiers and an officer": the officer of the soldiers' side (see module doc)."""
    out: list[Mention] = []
    for m in mentions:
        last = out[-1] if out else None
        if last is not None and m.side is None and m.parent is None and m.value == 1 and last.side in ARMED_SIDES and last.role == m.role \
                and _AND.fullmatch(work, last.quantity.end, m.quantity.start) and _RANK.match(work, m.quantity.end, m.group_end):
            m = m.sided_like(last)
        out.append(m)
    return out
