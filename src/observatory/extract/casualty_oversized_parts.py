"""A figure read as a part of a smaller figure of another side is no part of it (used by ``casualties.find_mentions``).

"The dead included 21 civilians, among them five children and four women, 42 fighters and commanders of the SDF, and
five soldiers": the list of the civilians' parts ends where the list of the dead goes on; 42 SDF fighters cannot be
among 21 civilians. A part larger than its whole, both of named sides (not people of no side) and the two sides apart,
told after parts of the whole's own side (its children and women), stands as a figure of its own (its label, a kind of
people told inside the whole, goes with the link).
"""

from __future__ import annotations

from dataclasses import replace

from observatory.extract.mention_sides import Mention


def oversized_parts(mentions: list[Mention]) -> list[Mention]:
    """``mentions`` with each part larger than its whole, of another side, made a figure of its own."""
    out = list(mentions)
    for i, m in enumerate(mentions):
        if m.parent is None or not 0 <= m.parent < len(mentions):
            continue
        whole = mentions[m.parent]
        own_before = any(o.parent == m.parent and o.side == whole.side for o in mentions[m.parent + 1:i])
        if own_before and m.value > whole.value and not whole.quantity.vague and not m.quantity.vague \
                and m.side not in (None, "unknown", whole.side) and whole.side not in (None, "unknown"):
            out[i] = replace(m, parent=None, label=None)
    return out
