"""A stabbing told with an attack word ("masked men attacked a woman and stabbed her", "gunmen stabbed him to death"):
a knife killing or wounding, which SCHEMA reads as a murder (`other`), not a side's armed attack. A sentence that also
tells gunfire or a shooting keeps its attack.
"""

from __future__ import annotations

import re
from typing import Final

_STAB: Final = re.compile(r"\bstab(?:bed|bing|s)?\b", re.IGNORECASE)
_SHOT: Final = re.compile(r"\b(?:shot|shooting|gunfire|opened\s+fire|fired|bullets?|snipers?|pistol|rifles?)\b", re.IGNORECASE)


def stabbing_kind(found: tuple[str, int, int] | None, text: str) -> tuple[str, int, int] | None:
    """`other` at the stabbing, where ``found`` is an attack and the sentence tells a stabbing and no shooting."""
    if found is None or found[0] != "attack":
        return found
    stab = _STAB.search(text)
    if stab is None or _SHOT.search(text) is not None:
        return found
    return "other", stab.start(), stab.end()
