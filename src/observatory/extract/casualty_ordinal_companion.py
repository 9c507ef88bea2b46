"""One more victim of the dead's own group, hurt in a sentence of his own (used by ``core._facts``; tests in
tests/test_extract_casualty_ordinal_companion.py).

"A mine killed two farmers ... A third passenger was seriously injured", "... A fourth man who was with them was
wounded", "A third man travelling with them sustained serious injuries": the man counted on from the dead ("a third")
was with them, so he is of their side where the incident gives its dead one: civilians where they are all civilians.
The figure is marked ``Mention.kin``, which ``core._side_of`` reads so (of unknown side where the dead are fighters, of
several sides, or not yet told: SCHEMA, affiliation not given).

Look-alikes that stay as read: a bystander ("a third person who was standing near the car", "a fourth person, who was
passing by"), a man described apart ("a third man in the car, whose identity remains unknown"), a figure with a side or
kind word ("a third soldier", "a third child"), and a sentence that tells dead of its own.
"""

from __future__ import annotations

import re
from dataclasses import replace
from typing import Final

from observatory.extract.mention_sides import INJURED, Mention

#: "a third passenger was seriously injured", "a fourth man who was with them was wounded", "a third man travelling with
#: them sustained serious injuries": one more of the dead's group, his companionship told (or none) before his own verb.
#: A bare rank ("a third (one) was wounded") names no one: ``ranked_side`` counts it on from the dead, of their side.
_ORDINAL_COMPANION: Final = re.compile(
    r"a\s+(?:second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth)\s+(?:(?:young\s+)?man|person|passenger)"
    r"(?:\s+(?:who\s+(?:was|had\s+been)\s+)?(?:(?:travell?ing|riding)\s+)?with\s+(?:them|him)|\s+(?:in|aboard)\s+the\s+(?:car|vehicle))?"
    r"\s+(?:(?:was|had\s+been)\s+(?:also\s+)?(?:(?:seriously|critically|lightly|slightly|badly|severely)\s+)?(?:injured|wounded|hurt)"
    r"|sustained\s+(?:\w+\s+)?(?:injuries|wounds))\b", re.IGNORECASE)


def ordinal_companion(mentions: list[Mention], work: str) -> list[Mention]:
    """The sentence's one figure, "a third passenger" hurt, in a sentence that tells no dead, as a figure of the side the
    incident gives its dead (``Mention.kin``); any other sentence as read."""
    if len(mentions) != 1:
        return mentions
    m = mentions[0]
    if m.role != INJURED or m.side not in (None, "unknown") or m.value != 1 or m.parent is not None:
        return mentions
    if _ORDINAL_COMPANION.match(work, m.quantity.start) is None:
        return mentions
    return [replace(m, side=None, actor=None, nationality=None, generic=False, kin=True)]
