"""All of an incident's dead said, in a sentence of their own, to be of one group: "Two bombs attached to an army bus
exploded in central Damascus, killing 14 people ... The Observatory said all of the dead were military personnel,
including officers" (the 14 are the regime's), "the victims were all civilians" (round 74; tests in
tests/test_extract_round74_readings.py).

Read only where the incident's dead are all of no side (people, persons) and the group is one side's, named by the
lexicon ("soldiers", "civilians", "members of the Republican Guard") or as the army's men ("military personnel",
"servicemen": the state's army, as ``state_police`` reads them where no other side is named).
"""

from __future__ import annotations

import re
from dataclasses import replace
from datetime import date
from typing import TYPE_CHECKING, Final

from observatory.extract.actors import ActorLexicon
from observatory.extract.mention_sides import KILLED

if TYPE_CHECKING:
    from observatory.extract.drafts import Draft

#: "all of the dead were", "the victims were all", "all those killed were": the group named after it.
_ALL_DEAD: Final = re.compile(r"\b(?:all\s+(?:of\s+)?(?:the\s+|those\s+)?(?:dead|victims|fatalities|killed)\s+(?:were|are)|"
                              r"(?:the\s+)?(?:dead|victims|fatalities|those\s+killed)\s+(?:were|are)\s+all)\s+", re.IGNORECASE)
#: The army's men named by their service, no group: "military personnel", "servicemen", "army personnel".
_ARMY_MEN: Final = re.compile(r"(?:members\s+of\s+the\s+)?(?:military|army)\s+personnel\b|servicemen\b", re.IGNORECASE)
_REACH: Final = 60
#: How far after the incident's own sentences the words may stand (the paragraph after the lead).
_AFTER: Final = 600


def all_dead_named(draft: Draft, work: str, lexicon: ActorLexicon, on: date | None, limit: int) -> None:
    """Give the incident's dead of no side the one side a sentence of the incident (or one told after it, before the
    next incident opens at ``limit``) says all of them were of."""
    dead = [key for key in draft.counts if key[0] == KILLED]
    sideless = dead == [(KILLED, "unknown")] or not dead and any(m.role == KILLED for m, _ in draft.generic)
    end = max(draft.end, min(limit, draft.end + _AFTER))
    told = _ALL_DEAD.search(work, draft.start, end) if sideless else None
    if told is None:
        return
    side = _group_side(work, told.end(), min(end, told.end() + _REACH), lexicon, on)
    if side is None:
        return
    if dead:
        mention, at = draft.counts.pop((KILLED, "unknown"))
    else:
        mention, at = max(((m, k) for m, k in draft.generic if m.role == KILLED), key=lambda t: t[0].value)
        draft.generic = [(m, k) for m, k in draft.generic if m.role != KILLED]
    draft.counts[(KILLED, side)] = (replace(mention, side=side, generic=False), at)


def _group_side(work: str, start: int, stop: int, lexicon: ActorLexicon, on: date | None) -> str | None:
    """The one side the words after the cue name (None for none, or for two)."""
    if _ARMY_MEN.match(work, start, stop):
        return "regime"
    found = {a.side for a in lexicon.find(work, start, stop, on) if a.side not in (None, "unknown")}
    return found.pop() if len(found) == 1 else None
