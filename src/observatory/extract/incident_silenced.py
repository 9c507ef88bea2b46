"""A killing done with a silenced weapon is a targeted killing.

Constructions handled: one or a few people shot "with a pistol fitted with a silencer", "with silenced pistols",
"using pistols with silencers" (the weapon of those who hunt a chosen person, mostly inside a camp): an assassination,
not an armed assault on a position. Only an incident read as an attack is retyped: a body found shot stays a murder.
"""

from __future__ import annotations

import re

#: "a silenced pistol", "pistols fitted with silencers", "a gun with a silencer", "firearms equipped with a silencer".
_SILENCED = re.compile(r"\bsilenced\s+(?:pistols?|guns?|weapons?|firearms?|handguns?)\b|"
                       r"\b(?:pistols?|guns?|weapons?|firearms?|handguns?)\s+(?:fitted\s+|equipped\s+)?with\s+(?:an?\s+)?silencers?\b",
                       re.IGNORECASE)


def silenced_killing(event_type: str, told: str) -> bool:
    """An incident read as an attack whose shooting was done with a silenced weapon."""
    return event_type == "attack" and _SILENCED.search(told) is not None
