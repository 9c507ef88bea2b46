"""A bombing told by that word alone ("after a bombing in Istanbul that killed six people", "the bombing on the main
street"): a bomb set off on the ground (ied_landmine), not a shooting attack. Read only where nothing else in the
sentence names the kind first: with warplanes, shells or gunmen named, "bombing" is theirs (the pattern of the kind
they name wins), and "the bombing of X by warplanes", "air bombing", "bombings" (many, a record) are left as they were.
"""

from __future__ import annotations

import re

#: The singular noun, not of the air ("air bombing", "aerial bombing", "barrel bombing"), nor "the bombing of/by X".
_BARE_BOMBING = re.compile(r"(?<!air\s)(?<!aerial\s)(?<!barrel\s)bombing(?!\s+(?:of|by)\b)", re.IGNORECASE)


def bombing_kind(found: tuple[str, int, int] | None, text: str) -> tuple[str, int, int] | None:
    """An attack read only from the word "bombing" is an explosion of a bomb (ied_landmine)."""
    if found is None or found[0] != "attack":
        return found
    m = _BARE_BOMBING.match(text, found[1])  # (not bounded at the hit's end: "of" after it is looked at)
    if m is None or m.end() != found[2]:
        return found
    return "ied_landmine", found[1], found[2]
