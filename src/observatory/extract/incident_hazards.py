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
HAZARD_STEMS: Final = ("danger", "risk", "threat", "fear", "hazard", "peril", "litter", "contaminat", "strewn", "riddled",
                       "seeded", "infested", "remain")
#: The hazard's noun with what it comes from ("the danger posed by mines", "the risk of landmines and attacks",
#: "fears of further strikes"), an area's ground covered with it ("littered with mines", "contaminated with
#: unexploded ordnance"), or mines said to lie there still ("as landmines remain scattered in the areas").
HAZARD: Final = re.compile(
    r"\b(?:dangers?|risks?|threats?|fears?|hazards?|perils?)\s+(?:(?:that\s+is\s+|which\s+is\s+)?posed\s+by|of|from)\s+[^,.;:()]*|"
    r"\b(?:littered|contaminated|strewn|riddled|seeded|infested)\s+with\s+[^,.;:()]*|"
    r"\b(?:land\s?mines|mines|IEDs|explosive\s+devices|war\s+remnants|remnants\s+of\s+(?:the\s+)?war|unexploded\s+ordnance)\s+"
    r"(?:that\s+|which\s+)?(?:still\s+)?remain(?:s)?\s+(?:scattered|spread|buried|planted|strewn)\b",
    re.IGNORECASE)


def in_hazard(text: str, start: int, end: int) -> bool:
    """Whether ``text[start:end]`` (a kind's keyword) lies inside a phrase naming a standing hazard of the area."""
    lowered = text.lower()
    if not any(stem in lowered for stem in HAZARD_STEMS):
        return False
    return any(m.start() <= start and end <= m.end() for m in HAZARD.finditer(text))
