"""The bare figure told right after local fighters in the same clause: "at least four local fighters were killed and
seven wounded, while several ISIS members were killed". The local fighters get their side late (``mention_sides.
local_gunmen``: Daraa's local factions), after the bare "seven" would have taken the side of the figure before it, so
it is given that side here: the side of the local fighters told right before it, joined by "and" (tests in
tests/test_extract_casualty_local_hurt.py).

Not read so: a figure with words of its own ("seven civilians"), one set apart from the local fighters by another
figure or by a clause of its own ("..., while seven others were wounded in Tafas" keeps what the earlier passes gave).
"""

from __future__ import annotations

import re
from typing import Final

from observatory.extract.mention_sides import Mention

#: Between the local fighters' figure and the bare one: their verb and "and" ("were killed and", "killed and").
_JOINED: Final = re.compile(r"\s*(?:(?:were|was|have\s+been|had\s+been)\s+)?(?:killed|wounded|injured|dead)\s+and\s+$",
                            re.IGNORECASE)


def local_then_bare(mentions: list[Mention], work: str) -> list[Mention]:
    """Each bare figure of no side right after local fighters' figure, joined by "and", of their side (module doc)."""
    out = list(mentions)
    for i in range(1, len(out)):
        m, before = out[i], out[i - 1]
        if m.side is not None or m.parent is not None or before.actor not in ("local factions", "local gunmen"):
            continue
        if work[m.quantity.end:m.group_end].strip() or not _JOINED.fullmatch(work, before.group_end, m.quantity.start):
            continue
        out[i] = m.sided_like(before)
    return out
