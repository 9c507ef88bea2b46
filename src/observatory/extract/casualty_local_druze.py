"""Local gunmen of As-Suwayda: the Druze armed men of Sweida province ("clashes between local gunmen and a group
affiliated with the Military Security in Shahba") belong to no side label, unlike the local factions of Daraa (SCHEMA:
hts_rebels). Handled: "local gunmen/fighters" in a paragraph whose nearest governorate named before (or in) it is
Sweida, in any of its spellings, or that calls them Druze; not where the text calls them a faction ("a local gunman
from a faction of Shahba": the local factions, hts_rebels).
"""

from __future__ import annotations

import re

from observatory.extract.text import line_around

_SWEIDA = re.compile(r"\b(?:Sweidaa?|Suwaydaa?|Suwaidaa?|Soueida|Suweida|Swaida|Sweda)\b|\bDruze\b", re.IGNORECASE)
_DARAA = re.compile(r"\b(?:Daraa|Dara'a|Deraa|Dar'a|Der'a)\b", re.IGNORECASE)


def _named_last(pattern: re.Pattern[str], work: str, at: int) -> int:
    """Where ``pattern`` (a governorate's names) matches last before the end of the paragraph holding ``at``; -1 if
    nowhere."""
    end = line_around(work, at)[1]
    return max((m.start() for m in pattern.finditer(work, 0, end)), default=-1)


def in_sweida(work: str, at: int) -> bool:
    """Whether the governorate named last before the end of the paragraph holding ``at`` is Sweida (not Daraa)."""
    last_sweida = _named_last(_SWEIDA, work, at)
    if last_sweida < 0:
        return False
    return last_sweida > _named_last(_DARAA, work, at) and _FACTION_SAID.search(work) is None


#: The text calls the local gunmen a faction ("a local gunman from a faction of Shahba", "gunmen of a local armed
#: faction"): the local factions' side (hts_rebels), as in Daraa.
_FACTION_SAID = re.compile(r"\blocal\s+(?:armed\s+)?factions?\b|\bgunm[ae]n\s+(?:from|of)\s+(?:a|the)\s+(?:local\s+)?(?:armed\s+)?"
                           r"faction\b", re.IGNORECASE)


#: "two fighters from Daraa al-Balad", "three gunmen from the town of Tafas": armed men named by their town.
_TOWN_FIGHTERS = re.compile(r"\s*(?:fighters?|gunm[ae]n|armed\s+men)\s+from\s+(?:the\s+(?:town|city|village|neighbou?rhood)\s+of\s+)?"
                            r"(?:al-)?(?-i:[A-Z])[\w'’-]*(?:\s+(?:al-[\w'’-]+|(?-i:[A-Z])[\w'’-]*))*\s*$", re.IGNORECASE)


def daraa_town_fighters(work: str, at: int, end: int) -> bool:
    """Whether the figure's words from ``at`` to ``end`` are fighters named by their town ("two fighters from Daraa
    al-Balad") in a paragraph of Daraa, where such men are the local factions (SCHEMA: hts_rebels; round 66)."""
    if _TOWN_FIGHTERS.match(work, at, end) is None:
        return False
    return _named_last(_DARAA, work, at) > _named_last(_SWEIDA, work, at)
