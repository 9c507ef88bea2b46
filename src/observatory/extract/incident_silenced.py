"""A killing done with a silenced weapon is a targeted killing.

Constructions handled: one or a few people shot "with a pistol fitted with a silencer", "with silenced pistols",
"using pistols with silencers" (the weapon of those who hunt a chosen person, mostly inside a camp): an assassination,
not an armed assault on a position. Only an incident read as an attack is retyped: a body found shot stays a murder.

Not this construction: more than a few dead, or an assault on a post ("stormed a regime post ... with weapons fitted
with silencers, killing nine soldiers"): the attack of a group on a position, whatever its weapons.
"""

from __future__ import annotations

import re
from typing import Final

#: "a silenced pistol", "pistols fitted with silencers", "a gun with a silencer", "firearms equipped with a silencer".
_SILENCED = re.compile(r"\bsilenced\s+(?:pistols?|guns?|weapons?|firearms?|handguns?)\b|"
                       r"\b(?:pistols?|guns?|weapons?|firearms?|handguns?)\s+(?:fitted\s+|equipped\s+)?with\s+(?:an?\s+)?silencers?\b",
                       re.IGNORECASE)
#: "stormed a regime post", "attacked the checkpoint", "raided SDF positions": an assault on a position.
_ON_A_POSITION: Final = re.compile(r"\b(?:attack(?:ed|ing)|storm(?:ed|ing)|raid(?:ed|ing)|assault(?:ed|ing))\s+"
                                   r"(?:an?\s+|the\s+|their\s+|its\s+)?(?:[\w-]+\s+){0,2}?(?:posts?|positions?|checkpoints?|"
                                   r"outposts?|bases?|barracks|headquarters)\b", re.IGNORECASE)
#: The most dead of a killing with a silenced weapon (one person, or a few picked out with him).
_FEW: Final = 3


def silenced_killing(event_type: str, told: str, killed: int) -> bool:
    """An incident read as an attack whose shooting of one or a few people was done with a silenced weapon."""
    return event_type == "attack" and killed <= _FEW and _SILENCED.search(told) is not None and \
        _ON_A_POSITION.search(told) is None
