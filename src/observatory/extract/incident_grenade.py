"""A hand grenade used by attackers: their attack, not a bomb.

Construction served: grenades thrown at a target or carried into an assault by the attackers ("cells had thrown a hand
grenade at the house of a trader", "stormed the checkpoint with light weapons and hand grenades", "the attackers used
machine guns and a hand grenade"). SCHEMA's `ied_landmine` is a planted or left device (mines, IEDs, car bombs, war
remnants); a grenade in the hands of attackers is a weapon of their armed assault, an `attack`.

Not this construction: a grenade that went off by itself ("a hand grenade he was playing with exploded": a war
remnant, also in "a house used as a shelter when a hand grenade exploded": the weapon must be what was used),
grenades dropped by a drone (a drone strike, told first), grenades seized or listed as arms held, and grenades used in
clashes (the clash is told first).
"""

from __future__ import annotations

import re
from typing import Final

#: "had thrown a hand grenade", "hurling two grenades" (the cue ends at the grenade word).
_THROWN: Final = re.compile(r"\b(?:threw|thrown|throwing|hurled|hurling|lobbed|lobbing|tossed|tossing)\s+"
                            r"(?:an?\s+|two\s+|three\s+|several\s+|\d+\s+)?(?:hand\s+)?grenades?\Z", re.IGNORECASE)
#: The weapons used, ending at the grenade: "a hand grenade", "machine guns and a hand grenade", "light weapons and
#: hand grenades", "rifles, pistols and grenades" (no other word between the verb and the weapons: "a house used as a
#: shelter when a hand grenade exploded" is no weapon used).
_WEAPONS = r"(?:(?:[\w-]+,?\s+){1,4}?and\s+)?(?:an?\s+|two\s+|three\s+|several\s+|\d+\s+)?(?:hand\s+)?grenades?\Z"
#: "the attackers used machine guns and a hand grenade", "stormed the checkpoint with light weapons and hand grenades",
#: "attacked a checkpoint at dawn today, with machine guns and hand grenades".
_ARMED_WITH: Final = re.compile(r"\b(?:used|using|(?:attacked|stormed|raided|assaulted)\b[^.;,]{0,100}?(?:,\s*)?\bwith)\s+" + _WEAPONS,
                                re.IGNORECASE)


def grenade_thrown(text: str, end: int) -> int | None:
    """Where the throw of the grenade word that ends at ``end`` in ``text`` is told ("threw a hand grenade"), if it is."""
    thrown = _THROWN.search(text, max(0, end - 40), end)
    return thrown.start() if thrown else None


def grenade_used(text: str, end: int) -> bool:
    """Whether the grenade word that ends at ``end`` in ``text`` is one attackers threw or used in their assault."""
    return grenade_thrown(text, end) is not None or _ARMED_WITH.search(text, 0, end) is not None
