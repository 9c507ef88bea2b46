"""A sentence that opens with a town of its own and tells its own dead there, after an incident told in another town.

"Regime shells killed four civilians in A. In B, east of Idlib, a woman and her daughter died when a rocket hit their
house": the sentence sets its event in B before anything else, and B is no town of the incident told before, which named
its own town. Its dead are not a part of that incident's toll (which ``incident_split.part_of_toll`` would take them for
when they are fewer): they are another incident's. A lead that names no town ("strikes killed nine civilians in Idlib
province. In B, a family of five was killed") or names B among its towns keeps them as its part.
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from observatory.extract.incident_sameness import names_a_town, place_key

if TYPE_CHECKING:
    from observatory.extract.drafts import Draft, SentenceFacts

#: "In B,", "In the town of B,", "In B city in the western countryside,", "In B, east of Idlib,": a town set before the sentence's subject.
_TOWN_FIRST = re.compile(
    r"\s*In\s+(?:the\s+(?:town|city|village)\s+of\s+)?(?P<town>[A-Z][\w'’-]*(?:[\s-][A-Z][\w'’-]*){0,2})"
    r"(?:\s+(?:city|town|village))?(?:\s+in\s+the\s+(?:[\w-]+\s+)?countryside(?:\s+of\s+[A-Z][\w'’-]*)?)?\s*,"
)


def opens_in_own_town(draft: Draft, f: SentenceFacts, text: str) -> bool:
    """The sentence ``text`` opens with a town (a place of its own, no province) that the incident before does not
    name, while that incident names a town of its own."""
    m = _TOWN_FIRST.match(text)
    if m is None or not names_a_town(draft):
        return False
    key = place_key(m.group("town"))
    own = [p for p in f.places if not p.governorate and place_key(p.name) == key]
    return bool(own) and key not in {place_key(p.name) for p in draft.places}
