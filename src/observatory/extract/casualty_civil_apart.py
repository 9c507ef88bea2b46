"""Civilians are no part of a toll of fighters: "killing three HTS fighters, a woman and two children" lists five
dead, though the woman and the children add up to three (used by ``casualty_roles.restated_people``;
tests/test_extract_civil_apart.py).

"injuring three civilians, a man and his two sons" and "five Iranian-backed fighters, three Syrians and two Iraqis"
still restate their figure: only a whole whose own words name an armed side (no civilians among them) beside parts
whose own words say women, children or civilians keeps the items apart.
"""

from __future__ import annotations

import re

from observatory.extract.mention_sides import Mention

_CIVIL_WORDS = re.compile(r"\b(?:civilians?|wom[ae]n|child(?:ren)?|boys?|girls?|famil(?:y|ies)|infants?|babies|baby)\b",
                          re.IGNORECASE)
_NO_ARMED_SIDE = (None, "unknown", "civilians")


def civilians_apart(work: str, whole: Mention, parts: list[Mention]) -> bool:
    """Whether ``parts`` are told as civilians in their own words where ``whole`` is of an armed side its own words name."""
    if whole.side in _NO_ARMED_SIDE or whole.generic or whole.actor is None:
        return False
    if _CIVIL_WORDS.search(work, whole.quantity.start, whole.group_end):
        return False
    return any(p.side == "civilians" and _CIVIL_WORDS.search(work, p.quantity.start, p.group_end) for p in parts)
