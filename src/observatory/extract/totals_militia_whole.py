"""A total of Iranian-backed militiamen whose parts by nationality are told as included, kept whole.

"40 members of Iranian-backed militias were killed, including 14 Syrians, 11 members of Hezbollah and 15 Iraqis":
the parts (SCHEMA: Syrian militiamen regime, the others pro_iran_foreign) add up to the whole, but "including" tells
them as parts of the militias' total, which stays one total of the militias with its parts as ``of_which``. A whole
split after a colon ("killed 43 militiamen: 29 of non-Syrian nationalities and 14 Syrians") is an overall figure told
as its parts (``totals_blocks.whole_of_sides``) and is left alone.
"""

from __future__ import annotations

import re
from typing import Final

from observatory.extract.mention_sides import Mention

#: The sides the parts of a militias' whole may take: its Syrian members and its foreign ones.
_MILITIA_SIDES: Final = frozenset({"regime", "pro_iran_foreign"})
#: The word between the whole and its first part that tells the parts as included in it.
_INCLUDED: Final = re.compile(r",?\s*(?:including|among\s+(?:them|whom)|of\s+whom|they\s+include)\b", re.IGNORECASE)


def included_militia_wholes(work: str, mentions: list[Mention], sides: list[str | None]) -> set[int]:
    """The figures of Iranian-backed militiamen (side pro_iran_foreign) whose parts, all of the militias' sides,
    follow an "including" after the whole's words: wholes to keep, not to split into their parts."""
    out: set[int] = set()
    for i, m in enumerate(mentions):
        if m.parent is not None or sides[i] != "pro_iran_foreign":
            continue
        parts = [c for c in mentions if c.parent == i and c.label is None]
        if not parts or any(c.side not in _MILITIA_SIDES for c in parts):
            continue
        first = min(c.quantity.start for c in parts)
        between = work[m.group_end : first]
        hit = _INCLUDED.search(between)
        if hit is not None and ":" not in between[: hit.start()]:
            out.add(i)
    return out
