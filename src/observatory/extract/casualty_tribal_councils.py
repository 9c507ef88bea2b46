"""Tribal fighters and a military council counted as one group ("23 gunmen of the tribes and the military council",
"27 tribal gunmen and members of the Deir Ezzor Military Council who defected", "41 tribal gunmen and former members of
the military council"): the councilmen who fought beside the tribes against the SDF, a group no side label fits, so of
unknown side (SCHEMA: no tribal label), not the SDF's whose councils the alias names elsewhere
(tests/test_extract_tribal_councils.py)."""

from __future__ import annotations

import re
from typing import Final

#: The tribes named first, then "and" a military council, inside one figure's words.
_TRIBES_AND_COUNCIL: Final = re.compile(
    r"\b(?:tribal|tribes|tribesmen|clans?)\b[^,;:.()]{0,40}?\band\s+(?:the\s+)?(?:(?:former|defected|dissident)\s+)?"
    r"(?:(?:members?|fighters?|gunmen)\s+of\s+(?:the\s+)?)?(?:[\w'-]+\s+){0,3}?military\s+councils?\b", re.IGNORECASE)


def tribes_with_council(phrase: str) -> bool:
    """Whether a figure's words name tribal fighters and a military council together."""
    return _TRIBES_AND_COUNCIL.search(phrase) is not None
