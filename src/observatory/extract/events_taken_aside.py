"""An abduction told beside an armed deed that is the event: the gunfire hurt or killed someone ("a shepherd was
injured by gunfire from unknown persons, while his two sons were abducted"), or the abduction is only the cause of a
storming told first ("gunmen stormed the gang's headquarters after its members had kidnapped a young man"). The event is
the attack; the abduction is noted.
"""

from __future__ import annotations

import re
from typing import Final

#: Someone hurt or killed by the gunfire itself.
_HIT_BY_FIRE: Final = re.compile(r"\b(?:killed|injured|wounded|hit|shot)\s+(?:[\w-]+\s+){0,2}?by\s+(?:[\w-]+\s+){0,2}?"
                                 r"(?:gunfire|bullets?|sniper|fire)\b", re.IGNORECASE)
#: A storming or assault done before the abduction is told as its cause ("..., after members of the gang had kidnapped").
_DEED_THEN_CAUSE: Final = re.compile(r"\b(?:stormed|attacked|raided|assaulted)\b[^.;]{0,160}?\b(?:after|following)\s+"
                                     r"(?:[\w'’-]+\s+){1,8}?(?:had\s+)?$", re.IGNORECASE)


def armed_not_taking(text: str, taken: re.Match[str]) -> bool:
    """Whether the sentence's armed men did an attack of their own beside the abduction ``taken``: their fire hurt or
    killed someone, or their storming is told first with the abduction as its cause."""
    if _HIT_BY_FIRE.search(text) is not None:
        return True
    return _DEED_THEN_CAUSE.search(text, max(0, taken.start() - 240), taken.start()) is not None
