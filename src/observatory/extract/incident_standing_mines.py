"""Mines told as a standing state of an area or a habit, not as a blast: they do not retype an incident told before.

After a shooting, a report often goes on about mines in general: mines said to be present in the area ("areas where
mines and ISIS cells are present"), mines or war remnants cleared by teams ("its teams have removed more than 2,000
pieces of unexploded ordnance"), a side's habit of laying them ("as the cells spread mines on the roads"), or mines
named as what makes a trade deadly ("landmines ... turn truffle gathering into a deadly job"). None of these is the
blast of the incident told, so the incident keeps the kind read before (an attack stays an attack).
"""

from __future__ import annotations

import re
from typing import Final

_MINES: Final = (
    r"(?:land\s?mines?|mines?|IEDs?|(?:improvised\s+)?explosive\s+devices?|explosives|booby[\s-]traps?|(?:car\s+|roadside\s+)?bombs?|"
    r"war\s+remnants|remnants\s+of\s+(?:the\s+)?war|unexploded\s+ordnance|ordnance)"
)
#: Every :data:`_STANDING` match holds one of these (lower-case) stems.
STANDING_STEMS: Final = (
    "present",
    "widespread",
    "remov",
    "clear",
    "dismantl",
    "defus",
    "demin",
    "neutrali",
    "spread",
    "plant",
    "lay",
    "sow",
    "turn",
    "make",
)
_STANDING: Final = re.compile(
    # mines said to be there ("where mines and ISIS cells are present", "mines are still widespread")
    r"\b" + _MINES + r"(?:\s+and(?:\s+[\w-]+){1,3}?)?\s+(?:are|remain)\s+(?:still\s+)?(?:present|widespread)\b|"
    # mines cleared by teams ("removed more than 2,300 pieces of unexploded ordnance", "dismantling mines", "army units
    # dismantled explosive devices planted by the rebels", "sappers defused two roadside bombs", "demined IEDs")
    r"\b(?:remov(?:ed|es|e|ing)|clear(?:ed|s|ing)?|dismantl(?:ed|es|e|ing)|defus(?:ed|es|e|ing)|demin(?:ed|es|e|ing)|"
    r"neutrali[sz](?:ed|es|e|ing))\s+(?:[\w,-]+\s+){0,5}?"
    + _MINES
    + r"(?:,?\s+(?:and|or)\s+(?:[\w-]+\s+)?" + _MINES + r")*|"
    # one found and made safe ("a booby-trapped car was dismantled at a checkpoint", "an explosive device was defused"; round 70)
    r"\b(?:" + _MINES + r"|booby[\s-]trapped\s+(?:car|vehicle|motorcycle)|(?:car|motorcycle)\s+bomb)\s+(?:was|were|had\s+been|has\s+been)\s+"
    r"(?:dismantled|defused|removed|neutrali[sz]ed)\b|"
    # a habit of laying them ("cells spread mines on the roads", "they plant mines in grazing areas")
    r"\b(?:spread|plant|lay|sow)s?\s+(?:land\s?)?mines\b|"
    # mines as what makes a trade deadly ("landmines ... turn truffle gathering into a deadly job")
    r"\b"
    + _MINES
    + r"\b[^.;]{0,120}?\b(?:turns?|makes?)\s+(?:[\w-]+\s+){1,4}?(?:into\s+)?(?:an?\s+)?(?:deadly|dangerous|lethal)\b",
    re.IGNORECASE,
)


#: Public name of the pattern (events.event_type blanks it where the rest of a sentence names a kind of event).
STANDING: Final = _STANDING


def standing_mines(text: str, start: int, end: int) -> bool:
    """Whether ``text[start:end]`` (a kind's keyword) lies within words that tell mines as a standing state or habit."""
    lowered = text.lower()
    if not any(stem in lowered for stem in STANDING_STEMS):
        return False
    return any(m.start() <= start < m.end() or start <= m.start() < end for m in _STANDING.finditer(text))
