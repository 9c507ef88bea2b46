"""Others killed beside a group that was taken: "arrested 31 ISIS suspects and killed two others". The others are
more of the group named with the arrest (its suspects, members or men), so they take that group's side, not the side
of the last figure the text counted (tests in tests/test_extract_round57_readings.py).
"""

from __future__ import annotations

import re
from datetime import date
from typing import Final

from observatory.extract.actors import ActorLexicon
from observatory.extract.mention_sides import Mention
from observatory.extract.numbers import number_words

#: "arrested 31 ISIS suspects and killed ", "detaining dozens of members of the cells and killing ": the group taken.
_TAKEN_THEN_KILLED: Final = re.compile(
    r"\b(?:arrested|arresting|detained|detaining|captured|capturing)\s+(?:at\s+least\s+|more\s+than\s+)?"
    + number_words(r"\d+", "dozens\\s+of", "several", "a\\s+number\\s+of") +
    r"\s+(?P<who>[^.,;:]{2,60}?)\s*,?\s+and\s+(?:killed|killing)\s+$", re.IGNORECASE)
_OTHERS: Final = re.compile(r"\s*others?\b", re.IGNORECASE)


def others_of_the_taken(m: Mention, work: str, lexicon: ActorLexicon, on: date | None) -> Mention:
    """``m``, "N others" killed right after an arrest of a named group, of that group's side; any other figure unchanged."""
    if m.parent is not None or not _OTHERS.match(work, m.quantity.end, m.group_end + 1):
        return m
    hit = _TAKEN_THEN_KILLED.search(work, max(0, m.quantity.start - 120), m.quantity.start)
    if hit is None:
        return m
    named = lexicon.find_named(work, hit.start("who"), hit.end("who"), on)
    return m if not named or named[0].side == m.side else m.named(named[0])
