"""Aircraft named without a strike: flying over an area, grounded, carrying the wounded away, or coming in to back
troops on the ground.

"SOHR monitored a Russian helicopter flying over the river crossings", "reconnaissance aircraft have been flying
intensively over Jabal al-Akrad" (tests/test_extract_round57_readings.py), "Russian warplanes intensified their flights
over the area" (tests/test_extract_round58_readings.py), "a sandstorm that grounded the coalition's
aircraft", "Russian warplanes intervened to support the government troops", "coalition helicopters combed the surrounding farms":
the aircraft struck nothing the sentence
tells, so the sentence is no airstrike (the event is the ground fight told with it, or none). Where the same words go on
to a strike ("warplanes flying over the village bombed a house"), the strike is told and the phrase is kept; "flew over
the area without carrying out (any) strikes" names no strike, nor does "hovered over the area and fired flares" (round 71).
"""

from __future__ import annotations

import re
from typing import Final

_CRAFT: Final = r"(?:war\s?planes?|jets|fighter\s+jets|aircraft|helicopters?)"
#: A strike told after the aircraft's phrase in the same sentence: the phrase then names the strikers.
_STRIKE_AFTER: Final = (
    r"(?![^.;]{0,120}?\b(?<!without\s)(?<!without\scarrying\sout\s)(?<!without\scarrying\sout\sany\s)(?<!without\sany\s)(?:struck|strikes?|bombed|bombing|targeted|targeting|fired(?!\s+(?:illumination\s+)?flares)|hit|dropped|attacked|"
    r"killed|killing|launched|raided|shelled|pounded|carried\s+out)\b)"
)
#: Every :data:`IDLE_AIRCRAFT` match holds one of these (lower-case) stems.
IDLE_STEMS: Final = ("flying", "flew", "hover", "circl", "grounded", "intervened", "evacuat", "airlift", "comb", "search", "scour",
                     "flights")
IDLE_AIRCRAFT: Final = re.compile(
    # a flight ("a Russian helicopter flying over the river crossings", "warplanes circled above the town")
    r"\b"
    + _CRAFT
    + r"\s+(?:(?:was|were|have\s+been|has\s+been|had\s+been)\s+)?(?:(?:also|later|then|subsequently)\s+)?(?:flying|flew|hovering|hovered|circling|circled)\s+"
    r"(?:(?:low|intensively|heavily|constantly)\s+)?(?:over|above|in\s+the\s+sk(?:y|ies))\b"
    + _STRIKE_AFTER
    + r"[^.;,]*|"
    # flights made or stepped up ("Russian helicopters conducted low-altitude flights over ...", "Russian warplanes
    # intensified their flights over the area after the attack")
    r"\b"
    + _CRAFT
    + r"\s+(?:(?:also|later|then)\s+)?(?:conducted|carried\s+out|made|intensified|stepped\s+up|increased)\s+(?:their\s+|its\s+)?"
    r"(?:(?:low-altitude|low|reconnaissance|intensive|intense|heavy)\s+)?(?:over)?flights\b"
    + _STRIKE_AFTER
    + r"[^.;,]*|"
    # aircraft kept on the ground ("a sandstorm that grounded the US-led coalition's aircraft")
    r"\bgrounded\s+(?:the\s+)?(?:[\w.'’-]+\s+){0,3}?"
    + _CRAFT
    + r"|\b"
    + _CRAFT
    + r"\s+(?:(?:was|were|had\s+been)\s+)?grounded\b|"
    # aircraft carrying the wounded away ("Russian helicopters evacuated the injured to the T4 airbase")
    r"\b"
    + _CRAFT
    + r"\s+(?:(?:also|later|then)\s+)?(?:evacuated|airlifted)\s+(?:the\s+)?(?:injured|wounded|casualties|bodies)\b|"
    # aircraft searching an area ("SDF units and coalition helicopters combed the surrounding farms overnight",
    # "helicopters searched the area for the attackers", "warplanes scoured the desert")
    r"\b"
    + _CRAFT
    + r"\s+(?:(?:also|later|then)\s+)?(?:combed|combing|searched|searching|scoured|scouring)\s+(?:the\s+)?"
    + _STRIKE_AFTER
    + r"[^.;,]*|"
    # aircraft backing troops ("Russian warplanes intervened to support the government troops")
    r"\b"
    + _CRAFT
    + r"\s+(?:also\s+)?intervened\s+(?:to\s+(?:support|back|help|cover|assist)|in\s+support\s+of)\b"
    + _STRIKE_AFTER
    + r"[^.;,]*",
    re.IGNORECASE,
)
