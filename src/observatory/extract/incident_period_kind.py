"""Many events of a kind told over a period ("responded to dozens of drone attacks since the start of the season",
"hundreds of strikes in recent months"): a tally of the area's events, not the kind of the incident told before it."""

from __future__ import annotations

import re
from typing import Final

from observatory.extract.dates import MONTH_NAMES

#: Many events of a kind ("dozens of drone attacks", "a series of strikes").
_MANY: Final = re.compile(
    r"\b(?:(?:dozens|hundreds|scores|thousands|several|numerous)\s+of|a\s+(?:series|number|wave|string)\s+of)\s+"
    r"(?:[\w-]+\s+){0,2}?(?:attacks|strikes|air\s?strikes|raids|bombings|explosions|shells)\b",
    re.IGNORECASE,
)
#: A period they were told over ("since the start of the year", "in recent months", "over the past weeks").
_PERIOD: Final = re.compile(
    r"\b(?:since\s+(?:the\s+)?(?:start|beginning|outbreak)\b|since\s+(?:early\s+|mid-?|late\s+)?"
    + f"(?:{MONTH_NAMES})"
    + r"|in\s+recent\s+(?:days|weeks|months|years)|(?:over|during|in)\s+the\s+(?:past|last)\s+(?:\w+\s+)?"
    r"(?:days|weeks|months|years?)|this\s+year)\b",
    re.IGNORECASE,
)


def period_kind(text: str, start: int, end: int) -> bool:
    """Whether ``text[start:end]`` (a kind's keyword) names many events of the kind told over a period."""
    if not ("since" in text or "recent" in text or "past" in text or "last" in text or "this year" in text):
        return False
    return _PERIOD.search(text) is not None and any(m.start() <= start < m.end() for m in _MANY.finditer(text))
