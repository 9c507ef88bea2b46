"""Standing hazards of an area, told as background: not the kind of the event the sentence tells.

A monitor's report often says why a place is dangerous: "despite the danger posed by ISIS cells and by landmines
left behind by the war", "the desert, which is still littered with mines", "as landmines remain scattered in the
areas where the season takes place", "amid fears of further strikes". The weapon or deed named there is a risk
that people face, not what was done in the incident the report tells (truffle hunters shot by cells stay an
attack). :data:`HAZARD` finds those phrases so that the kind of event is read from the rest of the sentence.
"""

from __future__ import annotations

import re
from typing import Final

#: Every :data:`HAZARD` match holds one of these (lower-case) stems.
HAZARD_STEMS: Final = ("danger", "risk", "threat", "fear", "hazard", "peril", "warning", "litter", "contaminat", "strewn",
                       "riddled", "seeded", "infested", "remain")
#: The hazard's noun with what it comes from ("the danger posed by mines", "the risk of landmines and attacks",
#: "fears of further strikes", "despite warnings of landmines and IS attacks", "warnings about the mines"), an area's ground covered with it ("littered with mines", "contaminated with
#: unexploded ordnance"), or mines said to lie there still ("as landmines remain scattered in the areas").
HAZARD: Final = re.compile(
    r"\b(?:dangers?|risks?|threats?|fears?|hazards?|perils?|warnings?)\s+(?:(?:that\s+is\s+|which\s+is\s+)?posed\s+by|of|from|about)\s+[^,.;:()]*|"
    r"\b(?:littered|contaminated|strewn|riddled|seeded|infested)\s+with\s+[^,.;:()]*|"
    r"\b(?:land\s?mines|mines|IEDs|explosive\s+devices|war\s+remnants|remnants\s+of\s+(?:the\s+)?war|unexploded\s+ordnance)\s+"
    r"(?:that\s+|which\s+)?(?:still\s+)?remain(?:s)?\s+(?:scattered|spread|buried|planted|strewn)\b",
    re.IGNORECASE)


#: A toll told as what happens every year or season ("dozens are killed every year by landmines and attacks", "mines,
#: which continue to claim lives every season", "Every year, dozens of people are killed by mines during the truffle
#: season", "mines that still kill dozens of civilians annually"): the area's yearly toll, not the event told.
_YEARLY: Final = re.compile(r"\b(?:every|each)\s+(?:single\s+)?(?:[\w-]+\s+)?(?:year|season|spring|summer|winter|autumn)\b|"
                            r"\bannually\b|\byear\s+after\s+year\b", re.IGNORECASE)
_YEARLY_STEMS: Final = ("every", "each", "annually", "year after")
#: How far the kind's keyword may lie from the yearly phrase, within one clause (no ";" or ":" between).
_YEARLY_REACH: Final = 150


def in_hazard(text: str, start: int, end: int) -> bool:
    """Whether ``text[start:end]`` (a kind's keyword) lies inside a phrase naming a standing hazard of the area, or
    near words that tell a yearly toll."""
    lowered = text.lower()
    if any(stem in lowered for stem in _YEARLY_STEMS) and _yearly(text, start, end):
        return True
    if not any(stem in lowered for stem in HAZARD_STEMS):
        return False
    return any(m.start() <= start and end <= m.end() for m in HAZARD.finditer(text))


def _yearly(text: str, start: int, end: int) -> bool:
    """The keyword lies within one clause of, and near, a phrase of a yearly toll ("killed every year by landmines")."""
    for m in _YEARLY.finditer(text):
        lo, hi = min(start, m.start()), max(end, m.end())
        if hi - lo <= _YEARLY_REACH and not any(c in text[lo:hi] for c in ";:"):
            return True
    return False
