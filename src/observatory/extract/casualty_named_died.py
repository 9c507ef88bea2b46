"""One person named and said to have died of the wounds of an attack, in a sentence with no figure: "the citizen
Khadija Hamo, 61, from the village of Kafr Safra, died today in a hospital in Afrin city of injuries she had sustained
three days ago". One dead, a civilian where the words before the name say so ("the citizen", "the civilian", a woman,
a child); of no side told otherwise ("the young man X"). (tests/test_extract_round68_readings.py)
"""

from __future__ import annotations

import re

from observatory.extract.mention_sides import KILLED, Mention
from observatory.extract.numbers import Quantity
from observatory.models import Qualifier

#: "the citizen X Y, 61, ... died ... of (the) injuries", "the young man X Y succumbed to his wounds".
_NAMED_DIED = re.compile(r"\b(?:the\s+)?(?P<who>citizen|civilian|young\s+(?:man|woman)|elderly\s+(?:man|woman)|woman|girl|boy|child|man)\s+"
                         r"(?P<name>[A-Z][\w'-]+(?:\s+(?:al-|el-)?[A-Z][\w'-]+){1,3})(?:\s*,\s*\(?\d{1,3}\)?\s*,)?[^.;]{0,120}?"
                         r"\b(?:died|passed\s+away|succumbed)\b[^.;]{0,80}?\b(?:of|from|to)\s+(?:the\s+)?(?:(?:his|her)\s+)?"
                         r"(?:injuries|wounds)\b")
_CIVILIAN = ("citizen", "civilian", "woman", "girl", "boy", "child")


def named_died(work: str, start: int, end: int) -> list[Mention]:
    """The one named person who died of wounds in work[start:end] (see the module's notes), or []."""
    hit = _NAMED_DIED.search(work, start, end)
    if hit is None:
        return []
    who = hit.group("who").lower()
    side = "civilians" if who.split()[-1] in _CIVILIAN or who.startswith("elderly") else "unknown"
    at = hit.start("name")
    return [Mention(KILLED, Quantity(1, Qualifier.EXACT, at, at, ""), side, at, hit.end("name"))]
