"""An incident told in the place of the one before it by a definite back-reference, not by name.

Constructions handled: "in the same city", "in the same desert", "near the same village", "inside the town", "in the
north of the town": a settlement or area named by a noun with "the same", or by "the town"/"the city"/"the village"
not followed by "of" (which would name a new one: "the town of X"), is the one the incident before it lies in; it
takes that incident's governorate.

Left alone: "the town"/"the city" whose last town/city told lies before the incident before it (it points further back), "the town of X" (a new place, named), "a town", "another village" (a place not yet told), and "the same
day"/"the same attack" (a time or an event, not a place), and "the same camp"/"the same base" (a target struck again,
often the incident before it told anew, not a second one).
"""

from __future__ import annotations

import re

#: "the same countryside", "the same city", "the same desert": the place of the incident told before.
_SAME = re.compile(r"\bthe\s+same\s+(?:countryside|province|governorate|region|area|city|town|village|desert|"
                   r"neighbou?rhood|district)\b", re.IGNORECASE)
#: "inside the town", "in the north of the town", "at the entrance of the village" (not "the town of X").
_THE_TOWN = re.compile(r"\b(?:inside|in|of|near|into|within)\s+the\s+(?P<noun>city|town|village)\b(?!\s+of\b)",
                       re.IGNORECASE)


def told_in_same_place(text: str, start: int, end: int, *, bare: bool = False, before: int = 0) -> bool:
    """The span text[start:end] places its event where the one before it lies: "the same ..." (any incident), or, for
    an incident that names no place of its own (``bare``), "the town"/"the city" referring back, unless the last town
    or city told before it lies before the incident before it (which starts at ``before``): "in Aleppo city ... in
    Sarmin ... inside the city" points further back, to Aleppo."""
    if _SAME.search(text, start, end):
        return True
    m = _THE_TOWN.search(text, start, end) if bare else None
    if m is None:
        return False
    told = [t.start() for t in re.finditer(rf"\b{m.group('noun')}\b", text[:start], re.IGNORECASE)]
    return not told or told[-1] >= before
