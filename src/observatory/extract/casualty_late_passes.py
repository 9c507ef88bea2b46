"""The last passes over a sentence's figures once their sides are read (used by ``casualties._after_reading``).

* "left three gunmen dead, as well as a child": the gunmen are no civilians (``casualty_added_dead``).
* A rising toll of the whole day after an event's own dead (``casualty_day_toll``).
* Bare figures of the people a vehicle carried (``casualty_carried_bare``).
* "killing three soldiers and an officer": one of a rank ("an officer", "a commander", "a lieutenant") of no side, joined
  by "and" right after a figure of an armed side with the same role, is of that side; not after civilians ("two
  civilians and an officer": the officer's side is not theirs), nor "five officers among them" (parts of a whole).
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
    return _rank_joined(mentions, work)


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
