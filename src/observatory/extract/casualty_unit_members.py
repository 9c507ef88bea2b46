"""Men of a unit the text named before, told only by the unit's common noun: "three members of the brigade" after "a car
carrying members of the Eighth Brigade", "two members of the same group" after "a leader of the Hurras al-Din group", "a
fighter of the militia" after "the Liwa al-Quds militia". The figure is of the side of the last group the text tied that
noun to (``group_nouns.tied_group``: "X Brigade", "X group", "group of X"), not of the side the incident's target or
doer gives; a noun the text never tied to a named group names no one (tests in tests/test_extract_unit_members.py).
A part of a whole of people is read so too ("seven people were killed, of whom four were members of the faction" after
"a headquarters of the Sultan Murad faction"; tests/test_extract_round54_readings.py).
"""

from __future__ import annotations

import re
from datetime import date
from typing import Final

from observatory.extract.actors import ActorLexicon
from observatory.extract.group_nouns import GROUP_NOUN_WINDOW, tied_group
from observatory.extract.mention_sides import Mention

#: A figure's own words that name men of a unit by its common noun only: "members of the brigade", "fighters of the same
#: militia", "a member of this group".
_OF_THE_UNIT: Final = re.compile(
    r"\s*(?:[\w-]+\s+)?(?:members?|fighters?|militiam[ae]n|elements?|combatants?|commanders?)\s+of\s+(?:the|this|that)\s+"
    r"(?:same\s+)?(?P<noun>brigade|group|militia|battalion|regiment|division|council|faction)\b(?!\s+(?:of|from|in|led|known|called)\b)(?!['’-])",
    re.IGNORECASE)


def unit_named_before(m: Mention, work: str, lexicon: ActorLexicon, on: date | None) -> Mention:
    """The side of the unit "N members of the <noun>" refers back to (see module doc); the figure unchanged otherwise."""
    if (m.side not in (None, "unknown") and not m.generic) or m.quantity.vague:
        return m
    own = _OF_THE_UNIT.match(work, m.quantity.end)
    if own is None or own.end() > max(m.group_end, m.quantity.end) + 1:
        return m
    noun = own.group("noun")
    group = tied_group(work, max(0, m.quantity.start - GROUP_NOUN_WINDOW), m.quantity.start, noun, lexicon, on)
    if group is None or re.search(rf"\b(?:an?|another)\s+{noun}\s+of\s+[a-z]", work[group.end:m.quantity.start], re.IGNORECASE):
        return m  # ("ISIS attacked a group of shepherds, killing five members of the group": the shepherds)
    return m.named(group)
