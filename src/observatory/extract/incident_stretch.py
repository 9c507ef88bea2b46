"""Whether an incident is told on a road or a stretch between places, which may run through two governorates.

A road word ("road", "highway", "route", "motorway") makes one, and so does "between" ("between A and B"), except
"between" the two sides of a fight: "clashes continued between the SDF and ISIS in the X neighbourhood", "fighting
erupted today between regime forces and the factions" names who fought, not a stretch of land, so a town the gazetteer
does not know there may still take the one governorate the report is about. A fight "between" a name read as a place
("clashes between the Jordanian army and smugglers") stays a stretch: the place may be a side, or a stretch indeed.
"""

from __future__ import annotations

import re
from collections.abc import Iterable

_ROAD = re.compile(r"\b(?:road|highway|route|motorway)\b", re.IGNORECASE)
_BETWEEN = re.compile(r"\bbetween\b", re.IGNORECASE)
#: A fight named shortly before "between" ("clashes continued yesterday between", "fierce fighting erupted between"):
#: the sides follow.
_FIGHT_BEFORE = re.compile(r"\b(?:clash(?:es)?|fighting|battles?|confrontations?|skirmish(?:es)?)\b"
                           r"(?:\s+(?!between\b)[\w-]+){0,4}?\s+$", re.IGNORECASE)
_ARTICLE = re.compile(r"\s+(?:the\s+)?")
_BACK = 60  # how far before "between" the fight may be named


def on_stretch(text: str, start: int, end: int, places: Iterable[int] = ()) -> bool:
    """The text between start and end places the incident on a road or between places (not between two sides);
    ``places`` are where the incident's place names start."""
    if _ROAD.search(text, start, end):
        return True
    starts = set(places)
    for m in _BETWEEN.finditer(text, start, end):
        after = _ARTICLE.match(text, m.end())
        if after is None or after.end() in starts or not _FIGHT_BEFORE.search(text, max(start, m.start() - _BACK), m.start()):
            return True
    return False

