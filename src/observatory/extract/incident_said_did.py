"""A party that says what it did: "The army said on Thursday that it had killed five smugglers", "the ministry
announced that its forces killed ten". The party speaking is the doer of the deed its pronoun takes up ("it", "they",
"its troops"), past the day it spoke on and a "that" (used by ``events.roles``: the doer's verb after the name). "they" takes up the
party only in a deed of killing ("the SDF said they had killed three ISIS members"), not one the dead told before may
have done ("Three SDF fighters were killed ... The SDF said that they had clashed with ISIS cells").
"""

from __future__ import annotations

import re

#: From the end of the party's name: its speech verb, the day it spoke, "that", the pronoun and its deed.
_SAID_DID = re.compile(r"(?:'s\s+[\w-]+)?\s+(?:said|announced|stated|reported)\s+(?:(?:on|late\s+on|early\s+on)\s+[A-Z][a-z]+\s+|"
                       r"(?:today|yesterday|earlier|later)\s+)?(?:that\s+)?(?:(?:it|its\s+(?:[\w-]+\s+)?(?:troops|forces|units|"
                       r"soldiers|fighters|guards))\s+(?:had\s+|have\s+|has\s+)?(?:killed|shot|ambushed|attacked|clashed|foiled|thwarted)|"
                       r"they\s+(?:had\s+|have\s+)?(?:killed|shot))\b",
                       re.IGNORECASE)
#: The words every such phrase holds one of (a cheap test before the regex).
_STEMS = ("said", "announced", "stated", "reported")


def said_deed(work: str, at: int, end: int) -> re.Match[str] | None:
    """The party's own account of its deed right after its name, ending at ``at`` (see module doc), or None."""
    seg = work[at:min(end, at + 90)].lower()
    if not any(stem in seg for stem in _STEMS):
        return None
    return _SAID_DID.match(work, at, end)
