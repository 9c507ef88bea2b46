"""A bombing told by that word alone ("after a bombing in Istanbul that killed six people", "the bombing on the main
street"): a bomb set off on the ground (ied_landmine), not a shooting attack. Read only where nothing else in the
sentence names the kind first: with warplanes, shells or gunmen named, "bombing" is theirs (the pattern of the kind
they name wins), and "the bombing of X by warplanes", "air bombing", "bombings" (many, a record), "the Russian
bombing" (a side of the air or the guns) and the verb ("continued bombing the town") are left as they were.
"""

from __future__ import annotations

import re

#: The singular noun, not of the air ("air bombing", "aerial bombing", "barrel bombing"), nor "the bombing of/by X".
_BARE_BOMBING = re.compile(r"(?<!air\s)(?<!aerial\s)(?<!barrel\s)bombing(?!\s+(?:of|by)\b)", re.IGNORECASE)


#: A side or weapon of the air or the guns before the word ("the Russian bombing", "regime bombing"), or a verb that
#: takes it as its own object ("continued bombing the town"): no bomb set off on the ground.
_NOT_GROUND = re.compile(r"\b(?:Russian|regime|Syrian|Turkish|Israeli|coalition|US|American|artillery|rocket|mortar|drone|"
                         r"continued|continue|continues|kept|keep|began|started|resumed)\s+$", re.IGNORECASE)
#: The verb "bombing" with its object right after it ("bombing the town", "bombing their positions").
_OBJECT = re.compile(r"\s+(?:the|a|an|its|their|his|positions|areas|villages|towns)\b", re.IGNORECASE)


def bombing_kind(found: tuple[str, int, int] | None, text: str) -> tuple[str, int, int] | None:
    """An attack read only from the word "bombing" is an explosion of a bomb (ied_landmine)."""
    if found is None or found[0] != "attack":
        return found
    m = _BARE_BOMBING.match(text, found[1])  # (not bounded at the hit's end: "of" after it is looked at)
    if m is None or m.end() != found[2]:
        return found
    if _NOT_GROUND.search(text, max(0, m.start() - 30), m.start()) or _OBJECT.match(text, m.end()):
        return found
    return "ied_landmine", found[1], found[2]
