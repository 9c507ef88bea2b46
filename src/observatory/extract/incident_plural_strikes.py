"""The kind of an incident told only as "strikes" with a toll of its own, and no kind word.

Construction handled: "16 people were killed in strikes on the border area" (a sentence with no kind of its own, left
an incident of no type): the strikes are of the kind (air or drone) the report named last before them ("US strikes on
positions ...", "Turkish drones carried out ..."). Only the type is read here: the incident stays as it was bounded.
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING, Final

from observatory.extract.events import TYPE_PATTERNS

if TYPE_CHECKING:
    from observatory.extract.drafts import Draft

_STRIKE_KINDS: Final = tuple((name, pattern) for name, pattern in TYPE_PATTERNS if name in ("drone_strike", "airstrike"))
#: "were killed in strikes on", "died in the strikes near".
_KILLED_IN_STRIKES: Final = re.compile(r"\b(?:killed|died)\s+in\s+(?:the\s+)?strikes\s+(?:on|near|in|at|against|targeting)\b",
                                       re.IGNORECASE)


def plural_strike_kind(text: str, start: int, end: int) -> str | None:
    """The strike kind named last before text[start:end], where that span tells dead "killed in strikes on" a place."""
    told = _KILLED_IN_STRIKES.search(text, start, end)
    if told is None:
        return None
    last: tuple[int, str] | None = None
    for name, pattern in _STRIKE_KINDS:
        for m in pattern.finditer(text, 0, told.start()):
            if last is None or m.start() > last[0]:
                last = (m.start(), name)
    return last[1] if last is not None else None


def untyped_kind(text: str, draft: Draft) -> str:
    """The type of an incident with no kind word: an attack where a side did it, the strikes' kind where its dead were
    "killed in strikes on" a place, else `other`."""
    if draft.perpetrator is not None:
        return "attack"
    return plural_strike_kind(text, draft.start, draft.end) or "other"
