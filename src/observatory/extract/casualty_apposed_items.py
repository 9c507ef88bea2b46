"""People restated one by one in an apposition closed before the verb: "Two civilians, a farmer and a teacher, were
killed".

``casualty_roles.restated_people`` reads the people told right after a figure as its parts when each item is a person
word it knows ("a woman", "his son"). An item of any other noun ("a farmer", "an Iraqi refugee", "a nurse") left the
items as more casualties, so "Two women, a nurse and a teacher, were killed" counted four. The grammar says it without
the noun: the items are single people ("a", "an", "one"), their count is the figure's, and the apposition is closed by
a comma right before the verb of the sentence ("..., were killed"), so they cannot be more people of the list. Items
named as of an armed side other than the figure's stay apart (tests/test_extract_casualty_apposed_items.py).
"""

from __future__ import annotations

import re

from observatory.extract.mention_sides import Mention

#: A single person's figure word.
_ONE = ("a", "an", "one")
#: The comma that closes the apposition, then the sentence's verb.
_CLOSED = re.compile(r"\s*,\s*(?:were|was|had\s+been|have\s+been|are|died)\b", re.IGNORECASE)
#: Sides that do not set an item apart from the figure it restates.
_NO_SIDE = (None, "unknown")


def closed_apposition(work: str, whole: Mention, parts: list[Mention]) -> bool:
    """Whether ``parts`` are single people that restate ``whole`` in an apposition closed before the verb."""
    if len(parts) < 2 or len(parts) != whole.value:
        return False
    if any(p.value != 1 or p.quantity.text.strip().lower() not in _ONE for p in parts):
        return False
    if any(p.side not in _NO_SIDE and p.side != whole.side and not p.generic for p in parts):
        return False
    return _CLOSED.match(work, parts[-1].group_end) is not None
