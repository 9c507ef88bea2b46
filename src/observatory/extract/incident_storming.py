"""A side storming a place, told in a sentence of clashes.

"Army units stormed the village from the south, and four soldiers died in the fighting", told after a sentence of
clashes: the clashes have a clear initiator, the side that stormed, so the
incident is its attack (SCHEMA: clash only when none is clear; core._absorb_event lets it replace the clash). A
storming told only as the cause of the fight ("clashes broke out after gunmen stormed a checkpoint") is left to the
rule that keeps causes apart (core._attackers_named): such fights are clashes. A storming told as a later step
("gunmen then stormed the headquarters after hours of fighting", "the faction later stormed the base") ends a fight
told before, and a storming in a sentence that names no fight is no clue to the kind of one told elsewhere; nor is
one by no side ("hungry residents stormed the bakery": core asks for the sentence's perpetrator).
"""

from __future__ import annotations

import re
from typing import Final

#: The storming verb, done (lower case: "Operation Euphrates Storm" is a name; a storming only tried is left to
#: events.OPENING_ATTACK, whose "attempt to storm" reads it).
_STORMING: Final = re.compile(r"\bstormed\b")
#: A word that makes the clause the cause of the clashes, or a later step of them, between the clause's start and the verb.
_CAUSE: Final = re.compile(r"\b(?:after|following|when|because|since|before|then|later|eventually|finally)\b", re.IGNORECASE)
#: The fight the sentence tells.
_FIGHT: Final = re.compile(r"\b(?:clash(?:es|ed)?|fighting|battles?|exchange\s+of\s+fire)\b", re.IGNORECASE)
_CLAUSE_START: Final = re.compile(r"[,;:(]")


def side_storming(text: str) -> tuple[int, int] | None:
    """The span of the storming verb ``text`` tells as the event (not as the cause of the fight); None otherwise."""
    for m in _STORMING.finditer(text):
        opened = max((c.end() for c in _CLAUSE_START.finditer(text, 0, m.start())), default=0)
        if _CAUSE.search(text, opened, m.start()) is None:
            return m.start(), m.end()
    return None


def storming_in_fight(text: str) -> tuple[int, int] | None:
    """The span of the storming verb of a sentence that also tells the fight (side_storming); None otherwise."""
    return side_storming(text) if _FIGHT.search(text) is not None else None
