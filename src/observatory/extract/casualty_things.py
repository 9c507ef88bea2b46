"""A figure that counts things or events rather than people ("in 25 ISIS attacks", "a Russian armoured vehicle", "30
targets belonging to 'terrorists'"), read before a figure is taken for people (used by ``casualties.find_mentions``)."""

from __future__ import annotations

import re

from observatory.extract.figures import PERSON_RE
from observatory.extract.gates import fold, has_any

#: A count of things, not people ("94 Turkish air and drone strikes"); not a clause of its own after the figure ("put the
#: death toll at 23 and described the attack as an ambush").
_NON_PERSON = re.compile(r"(?:\s*(?!(?:and|but)\s+[a-z]+ed\s)[\w'-]+){0,3}?\s+(?:attacks?|operations?|air\s?strikes?|strikes?|raids?|ambush(?:es)?|bombings?|"
                         r"explosions?|incidents?|vehicles?|cars?|days?|hours?|villages?|towns?|shells?|rockets?|missiles?|drones?|"
                         r"positions?|sites?|targets?|checkpoints?|times?|kilometers?|km|(?:land)?mines?|bombs?|IEDs?|devices?)\b", re.IGNORECASE)
#: A nationality as an adjective before another word ("a Russian armoured vehicle"): no person of its own.
_NATION_ADJ = re.compile(r"\b(?:Russian|Iranian|Afghan|Iraqi|Syrian|Pakistani|Jordanian|Saudi|Egyptian|Tunisian|Palestinian)\b"
                         r"(?=\s+(?!(?:from|of|in|at|on|near|with|who|and|or|by|to|was|were|is|are)\b)[\w'-])|\b(?:terrorist|militant|insurgent)(?=\s+attacks?\b)", re.IGNORECASE)
#: Every match of ``_NON_PERSON`` holds one of these.
_NON_PERSON_STEMS = ("attack", "operation", "strike", "raid", "ambush", "bomb", "explosion", "incident", "vehicle", "car", "day",
                     "hour", "village", "town", "shell", "rocket", "missile", "drone", "position", "site", "checkpoint", "time",
                     "kilomet", "km", "mine", "ied", "device", "target")
#: The people the things counted belong to ("30 targets belonging to 'terrorists'"): the owners, not the count's.
_OWNED_BY = re.compile(r"\s+(?:belonging\s+to|used\s+by|held\s+by|run\s+by)\b", re.IGNORECASE)


def counts_things(group: str) -> bool:
    """"in 25 ISIS attacks": a count of events, not of people ("a Russian armoured vehicle": a thing)."""
    thing = _NON_PERSON.match(group) if has_any(fold(group), _NON_PERSON_STEMS) else None
    if thing is not None and _OWNED_BY.match(group, thing.end()):
        return not PERSON_RE.search(_NATION_ADJ.sub("", group[:thing.end()]))  # ("30 targets belonging to terrorists")
    return thing is not None and not PERSON_RE.search(_NATION_ADJ.sub("", group))
