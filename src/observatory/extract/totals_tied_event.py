"""A large toll tied by its words to one event told in the report (used by ``totals_large.large_toll``).

"bringing the number of civilians killed in the massacre to at least 108", "The Observatory has documented the deaths
of 502 civilians from that attack": the dead are counted "in/from/by" one event named in the singular with "the",
"that" or "this" (an event told before), so the toll is the event's however large. A toll with a span of time
("since", "so far", "during", months, a year) stays a period total (the caller's check), and so does one of many
events ("the attacks", "the massacres") or of a campaign ("the bombing campaign").
"""

from __future__ import annotations

import re
from typing import Final

from observatory.extract.gates import folded, has_any

_DEAD = r"(?:killed|dead|deaths?|death\s+of|lives|victims|fatalities|slain|martyred)"
#: One event's noun, the head of its phrase (not "the bombing campaign", "the attacks").
_EVENT = (r"(?:massacre|attack|bombing|explosion|blast|airstrike|air\s+strike|ambush|car\s+bomb|suicide\s+bombing)\b"
          r"(?!s|\s+(?:campaigns?|offensives?|operations?|waves?|series|spree))")
#: "killed in the massacre", "the deaths of 502 civilians from that attack": the dead, then the one event they fell in.
_TIED: Final = re.compile(rf"\b{_DEAD}\s+(?:(?:of\s+)?(?:at\s+least\s+|more\s+than\s+)?[\d,]+\s+(?:[\w-]+\s+){{0,2}}?)?"
                          rf"(?:in|from|by|during)\s+(?:the|that|this)\s+(?:[\w'-]+\s+){{0,2}}?{_EVENT}", re.IGNORECASE)
#: After the event: "on" a place told by its bare name ("the attack on Eastern Ghouta", "the ISIS attack on Sweida
#: city"): an offensive on a town or region, not one event told before ("the attack on the town of X" stays one).
_ON_NAMED_PLACE: Final = re.compile(r"\s+(?:on|against)\s+[A-Z]")
_STEMS: Final = ("massacre", "attack", "bombing", "explosion", "blast", "strike", "ambush", "bomb")


def tied_to_one_event(chunk: str) -> bool:
    """Whether ``chunk`` counts its dead as those of one event told before ("killed in the massacre", "the deaths of
    502 civilians from that attack")."""
    if not has_any(folded(chunk), _STEMS):
        return False
    hit = _TIED.search(chunk)
    return hit is not None and _ON_NAMED_PLACE.match(chunk, hit.end()) is None
