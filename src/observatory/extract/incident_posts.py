"""A post of a side attacked: an attack on the post, not a person singled out.

Gunmen who "attacked a checkpoint of X", "stormed a post of Y", "targeted a patrol" or "opened fire on a checkpoint"
went for a place a side holds or a unit on the move, whoever happened to be there; when only
one of its men dies, the incident is still an attack, not a targeted killing (an assassination). The shooting of one
person named first ("opened fire on a member of X near his house") is not told this way and stays as it is.
"""

from __future__ import annotations

import re
from typing import Final

#: What a side holds or sends out: a checkpoint, a post, a position, a patrol, a convoy, a roadblock.
_POST: Final = (r"(?:checkpoints?|check\s+points?|posts?|positions?|patrols?|convoys?|roadblocks?|barriers?|barracks|"
                r"military\s+points?|outposts?)")
#: A post as the object of the attack: "attacked a checkpoint of X", "stormed the post", "targeted a patrol of Y",
#: "opened fire on a checkpoint". (Men told as its crew, "two members manning a checkpoint", are left as they are.)
_ATTACKED_POST: Final = re.compile(
    r"\b(?:attack(?:ed|ing)|storm(?:ed|ing)|raid(?:ed|ing)|target(?:ed|ing)|(?:open(?:ed|ing)\s+fire|fired|shot)\s+"
    r"(?:directly\s+)?(?:on|at|upon))\s+(?:a|an|the|their|its|one\s+of\s+the)\s+(?:[\w'’-]+\s+){0,2}?" + _POST + r"\b"
    r"(?!\s+(?:leaders?|commanders?|chiefs?|heads?|officers?)\b)",  # (not "targeted the patrol leader": a man)
    re.IGNORECASE)
#: The post attacked told as an earlier event: "two days after gunmen attacked a checkpoint of the brigade".
_EARLIER: Final = re.compile(r"\b(?:after|since)\s+(?:[\w'’-]+\s+){0,4}$", re.IGNORECASE)


#: A post named at all ("two members of an SDF patrol"): men of a post, not people picked out one by one.
POST_NAMED: Final = re.compile(r"\b" + _POST + r"\b", re.IGNORECASE)


def attacked_post(told: str) -> bool:
    """The incident tells of a post or a patrol of a side attacked ("gunmen attacked a checkpoint of the Military
    Security, killing one of its members"): an attack on the post, not a person singled out."""
    return any(_EARLIER.search(told, max(0, m.start() - 40), m.start()) is None for m in _ATTACKED_POST.finditer(told))
