"""Parts of a breakdown that name a unit of the whole (round 7, tests in tests/test_extract_round7_casualties.py).

* "killing 11 soldiers, including two officers and three members of the National Defence Forces": the members of a
  named force, joined by a bare "and" to a labelled part of a toll of fighters, are one more part of it, not a new item
  of the list ("9 civilians, among them three boys, 30 fighters" is one).
"""

from __future__ import annotations

import re

from observatory.extract.casualty_groups import COMBATANT_NOUN
from observatory.extract.mention_sides import Mention
from observatory.extract.numbers import Quantity

#: "three members of the National Defence Forces": people of a force named by its proper name.
_AND_BEFORE = re.compile(r"[^,\s]\s+and\s+$", re.IGNORECASE)
_MEMBERS_OF_NAMED = re.compile(r"\s+(?:members?|fighters?|militiam[ae]n|elements?|personnel)\s+of\s+(?:the\s+)?[\"“']?[A-Z]")


def unit_of_the_whole(work: str, whole: Mention, between: str, q: Quantity) -> bool:
    """Whether ``q`` counts members of a named force inside a toll of fighters, joined to the part before by "and"."""
    joined = between.strip().lower() == "and" or not between.strip() and _AND_BEFORE.search(work, max(0, q.start - 8), q.start)
    return (bool(joined) and _MEMBERS_OF_NAMED.match(work, q.end) is not None
            and COMBATANT_NOUN.search(work, whole.group_start, whole.group_end) is not None)
