"""An exchange of fire told after the attack that began it, in one sentence.

"ISIS cells attacked a checkpoint ..., killing two members, while one attacker was killed in the exchange of fire",
"gunmen attacked a post ..., sparking an exchange of fire", "gunmen raided the house, after an exchange of gunfire":
the side that attacked, stormed or raided did it, and the fire exchanged is its attack's, not a clash with no clear
initiator (SCHEMA). The verb must come before the exchange in the sentence; one that only follows it ("an exchange
of fire broke out when ...") is read by events._ATTACK_BEGAN.
"""

from __future__ import annotations

import re
from typing import Final

#: The attack verb in the past, in the active or the passive ("attacked a checkpoint", "a post was stormed"); not as
#: a noun or a wish ("an attempt to attack", "tried to storm": those are read elsewhere), nor the verb of a clause
#: that tells what the side did before ("Regime forces, which attacked the town last year, exchanged fire ...").
_ATTACK_VERB: Final = re.compile(r"(?<!\bto\s)(?<!\bwhich\s)(?<!\bwho\s)(?<!\bthat\s)(?<!\bhad\s)(?<!\bhave\s)(?<!\bhas\s)"
                                 r"\b(?P<verb>attacked|stormed|raided|assaulted)\b", re.IGNORECASE)

#: A clause told as background, not as the attack that began the exchange: the verb of a relative or reported clause
#: ("whose checkpoint ISIS attacked", "angered that a house was raided", "wanted for having attacked a patrol"); not the
#: main verb after a subject's own clause ("gunmen who had crossed the river attacked a post": more words between).
_BACKGROUND_CLAUSE: Final = re.compile(r"\b(?:which|who|whom|whose|that|having)\s+(?:[\w'-]+\s+){0,3}$", re.IGNORECASE)
#: ... or an earlier time told right after the verb ("raided by the SDF last week", "attacked the area a year ago").
_EARLIER: Final = re.compile(r"[^,;:()]*?\b(?:last\s+(?:week|month|year)|(?:a|one|two|three|\d+)\s+(?:days?|weeks?|months?|years?)"
                             r"\s+ago|in\s+(?:19|20)\d\d)\b", re.IGNORECASE)
_CLAUSE_START: Final = re.compile(r"[,;:(]")


def attack_before_exchange(text: str, exchange_start: int) -> tuple[int, int] | None:
    """The span of the attack verb told in ``text`` before the exchange of fire at ``exchange_start``; None when the
    sentence tells none there."""
    for m in _ATTACK_VERB.finditer(text, 0, exchange_start):
        opened = max((c.end() for c in _CLAUSE_START.finditer(text, 0, m.start())), default=0)
        if _BACKGROUND_CLAUSE.search(text[opened:m.start()]) is None and _EARLIER.match(text, m.end(), exchange_start) is None:
            return m.start("verb"), m.end("verb")
    return None
