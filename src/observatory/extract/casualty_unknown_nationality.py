"""Militiamen whose nationality is not known, listed beside foreign militiamen: "three Lebanese members of Hezbollah,
two members of regime air defences and two militiamen whose nationality remains unknown", "five Iraqis, three Syrians
and one of unknown nationality". SCHEMA puts Iranian-backed militiamen whose nationality is not stated with the foreign
militias (``pro_iran_foreign``; only those said to be Syrian go to the regime), so such a figure of no side takes that
side where a figure of the same list (or sentence) is of the foreign militias. Elsewhere ("two people of unknown
nationality" in a list of no foreign militiamen) it stays as read (tests/test_extract_casualty_unknown_nationality.py).
"""

from __future__ import annotations

import re
from dataclasses import replace

from observatory.extract.mention_sides import Mention

#: The figure's own words, right after its number, say its nationality is not known: "one of unknown nationality",
#: "two militiamen of unidentified nationality", "a fourth man whose nationality remains unknown".
_NATIONALITY_UNKNOWN = re.compile(
    r"\s+(?:[\w-]+\s+){0,2}?(?:of\s+(?:an?\s+)?(?:unknown|unidentified|undetermined)\s+nationalit(?:y|ies)|"
    r"whose\s+nationalit(?:y|ies)\s+(?:remains?|is|are|was|were)\s+(?:still\s+)?(?:unknown|unidentified|undetermined|not\s+known))\b",
    re.IGNORECASE,
)
_FOREIGN = "pro_iran_foreign"


def unknown_nationals(mentions: list[Mention], work: str) -> list[Mention]:
    """Each figure of no side whose words say its nationality is unknown, of the foreign militias where another figure of
    the sentence is."""
    if not any(m.side == _FOREIGN for m in mentions) or "nationalit" not in work:
        return mentions
    return [
        replace(m, side=_FOREIGN, actor=None, nationality=None, generic=False)
        if m.side in (None, "unknown") and _NATIONALITY_UNKNOWN.match(work, m.quantity.end)
        else m
        for m in mentions
    ]
