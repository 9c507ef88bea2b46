"""A hand grenade used by attackers: their attack, not a bomb.

Construction served: grenades thrown at a target or carried into an assault by the attackers ("cells had thrown a hand
grenade at the house of a trader", "stormed the checkpoint with light weapons and hand grenades", "the attackers used
machine guns and a hand grenade"). SCHEMA's `ied_landmine` is a planted or left device (mines, IEDs, car bombs, war
remnants); a grenade in the hands of attackers is a weapon of their armed assault, an `attack`.

Not this construction: a grenade that went off by itself ("a hand grenade he was playing with exploded": a war
remnant), grenades dropped by a drone (a drone strike, told first), grenades seized or listed as arms held, and
grenades used in clashes (the clash is told first).
"""

from __future__ import annotations

import re
from typing import Final

#: "had thrown a hand grenade", "hurling two grenades" (the cue ends at the grenade word).
_THROWN: Final = re.compile(r"\b(?:threw|thrown|throwing|hurled|hurling|lobbed|lobbing|tossed|tossing)\s+"
                            r"(?:an?\s+|two\s+|three\s+|several\s+|\d+\s+)?(?:hand\s+)?grenades?\Z", re.IGNORECASE)
#: "stormed the checkpoint with light weapons and hand grenades", "the attackers used machine guns and a hand grenade".
_ARMED_WITH: Final = re.compile(r"\b(?:attacked|stormed|raided|assaulted|used|using)\b[^.;]{0,120}?\bgrenades?\Z", re.IGNORECASE)


def grenade_used(text: str, end: int) -> bool:
    """Whether the grenade word that ends at ``end`` in ``text`` is one attackers threw or used in their assault."""
    head = text[:end]
    return _THROWN.search(head) is not None or _ARMED_WITH.search(head) is not None
