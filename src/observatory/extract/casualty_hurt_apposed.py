"""Who the wounded told before are, in an apposition: "One of the wounded, a young man from the village, was taken to
hospital", "The two wounded, a woman and a young man, are receiving treatment".

The words "one of the wounded" / "the two wounded" point back at people already counted; the people apposed to them
("a young man", "a woman and a young man") only say who they are and are no new wounded (``hurt_apposed``). A death
among them ("one of the wounded, a child, died") is left to the rising toll (``casualty_referents.wounded_apposed``).
"""

from __future__ import annotations

import re

from observatory.extract.mention_sides import INJURED, Mention, without
from observatory.extract.numbers import number_words

#: "one of the wounded, " / "two of the injured people, " / "the two wounded, " / "the injured, " right before the figure.
_HURT_TOLD = re.compile(
    r"\b(?:"
    + number_words(r"\d+")
    + r"\s+of\s+(?:the|those)\s+|the\s+(?:"
    + number_words(r"\d+")
    + r"\s+)?)(?:wounded|injured)(?:\s+(?:people|persons|men))?\s*,\s*$",
    re.IGNORECASE,
)
#: The next apposed person after one: "a woman and | a young man".
_AND = re.compile(r"[^,.;:]{0,50}?,?\s+and\s+", re.IGNORECASE)
_REACH = 60  # characters before the figure read for the words pointing back


def _apposed(m: Mention, work: str) -> bool:
    """The figure opens an apposition to wounded told before."""
    return _HURT_TOLD.search(work, max(0, m.quantity.start - _REACH), m.quantity.start) is not None


def hurt_apposed(mentions: list[Mention], work: str) -> list[Mention]:
    """The figures less the wounded apposed to wounded told before (see module doc)."""
    gone: set[int] = set()
    for i, m in enumerate(mentions):
        if m.role != INJURED or m.parent is not None or m.rose:
            continue
        prev = mentions[i - 1] if i else None
        chained = (
            prev is not None and i - 1 in gone and _AND.fullmatch(work, prev.quantity.end, m.quantity.start) is not None
        )
        if _apposed(m, work) or chained:
            gone.add(i)
    return without(mentions, gone) if gone else mentions
