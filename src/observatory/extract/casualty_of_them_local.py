""" "of them" of local gunmen a vehicle carried or a group held.

"an ISIS cell ambushed a car carrying local gunmen on the outskirts of Jasim, killing two of them"; "a suicide bomber
blew himself up among a group of local gunmen who were storming a farm, killing two of them": "of them" are the local
gunmen, of the local factions' side (SCHEMA: Daraa's local factions are hts_rebels; Sweida's Druze gunmen are left of
no side, as ``mention_sides.local_side`` reads them), not people of no side.

Read only where "local gunmen/fighters/armed men" come right after "carrying", "transporting" or "(a) group of" in the
same sentence before the figure, and the figure's words are only "of them".
"""

from __future__ import annotations

import re

from observatory.extract.mention_sides import TIED_TO_FORCE, Mention, as_local, local_side

#: The local gunmen held or carried: "a car carrying local gunmen", "among a group of local fighters".
_HELD_LOCAL = re.compile(
    r"\b(?:carrying|transporting|group\s+of)\s+(?:the\s+)?local\s+(?:gunmen|fighters|armed\s+men)\b"
    rf"(?!\s+(?:{TIED_TO_FORCE})\b)",
    re.IGNORECASE,
)
_OF_THEM = re.compile(r"\s*of\s+them\s*", re.IGNORECASE)
#: How far back (characters) the held men are looked for.
_REACH = 300


def local_of_them(mentions: list[Mention], work: str) -> list[Mention]:
    """Each "N of them" of no side after local gunmen carried or held in its sentence: of the local gunmen's side."""
    out = list(mentions)
    for i, m in enumerate(mentions):
        if (
            m.side not in (None, "unknown")
            or m.parent is not None
            or not _OF_THEM.fullmatch(work, m.quantity.end, m.group_end)
        ):
            continue
        begin = max(0, m.quantity.start - _REACH)
        stop = max((work.rfind(c, begin, m.quantity.start) for c in ".\n!?"), default=-1)
        held = list(_HELD_LOCAL.finditer(work, max(begin, stop + 1), m.quantity.start))
        if held:
            out[i] = as_local(m, local_side(work, held[-1].start()))
    return out
