"""One more of the people a raid took, told by rank: "arresting two suspected ISIS members and killing a third (who
resisted arrest)" (tests in tests/test_extract_casualty_rank_of_taken.py).

The people arrested, detained or captured are no casualty figure, so a bare rank killed or hurt right after them ("a
third") counts on from no figure of its side and is left of no side. The rank names the next one of those taken: it is
of the side of the group they are told as ("two suspected ISIS members" -> isis), when the rank is exactly one more
than their count ("a third" after two) and the group names one side. A group of no side ("two men") leaves it as it is,
and so does a side the group's words name as another party ("two men wanted by the SDF", "who defected from the army").
"""

from __future__ import annotations

import re
from datetime import date
from typing import Final

from observatory.extract.actors import ActorLexicon
from observatory.extract.casualty_ordinal_more import rank_of
from observatory.extract.mention_sides import Mention
from observatory.extract.numbers import words_to_int

#: "arresting two suspected ISIS members and killing ": the taken people's count and words, right before the rank.
_TAKEN_THEN: Final = re.compile(
    r"\b(?:arrest(?:ing|ed)|detain(?:ing|ed)|captur(?:ing|ed))\s+(?P<n>\d+|[a-z]+)\s+(?P<who>(?:[\w'-]+\s+){1,8}?)"
    r"(?:and|before|while)\s+(?:then\s+)?(?:killing|killed|shooting\s+dead|shot\s+dead|wounding|wounded|injuring|injured)\s+$",
    re.IGNORECASE)
#: A group named as another party in the taken people's words: "wanted by the SDF", "defected from the army".
_OTHER_PARTY: Final = re.compile(r"\b(?:by|from|against)\s+(?:the\s+)?[\"“']?$", re.IGNORECASE)


def rank_of_taken(m: Mention, work: str, start: int, lexicon: ActorLexicon, on: date | None) -> Mention:
    """``m``, a bare rank of no side told right after people taken in a raid, with the side of their group; ``m``
    itself otherwise (see the module's notes)."""
    rank = rank_of(m) if m.side is None and m.parent is None and not m.rose else None
    if rank is None:
        return m
    taken = _TAKEN_THEN.search(work, max(start, m.quantity.start - 120), m.quantity.start)
    if taken is None or words_to_int(taken.group("n")) != rank - 1:
        return m
    named = [a for a in lexicon.find(work, taken.start("who"), taken.end("who"), on)
             if a.side != "unknown" and not _OTHER_PARTY.search(work, max(taken.start("who"), a.start - 12), a.start)]
    if len({a.side for a in named}) != 1:
        return m  # ("two young men": no side; "people" is of none)
    return m.named(named[0])
