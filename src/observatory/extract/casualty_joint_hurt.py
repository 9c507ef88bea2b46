"""People hurt in several attacks or places, told with one figure: no one incident's injured.

SCHEMA: several attacks reported with one joint toll give a total, each attack stays an incident without a toll, and
totals carry no injured figure (a joint injured toll is kept in a note). A sentence that tells only people hurt and
ties them to the attacks as a set, or to two or more places at once, tells such a joint figure:

* the attacks as the subject that hurt them: "The attacks also injured 53 people", "The two attacks wounded ...";
* the hurt "in those attacks", "in the attacks", "in both attacks";
* the hurt "in the two cities", "in both towns", "in the three villages".

Only "attacks" (not "strikes", "raids", "shelling": one bombardment of several sites is one incident, SCHEMA) and
not where the sentence picks one of them ("one of the attacks", "each of the attacks"); a sentence that also tells
dead is left to the readings of tolls (``totals_joint_attacks``).

Tests: tests/test_extract_joint_hurt.py.
"""

from __future__ import annotations

import re
from typing import Final

from observatory.extract.mention_sides import KILLED, Mention

_SEVERAL: Final = r"(?:two|three|four|five|both|twin|several|multiple)"
#: "The attacks also injured", "These two attacks wounded", "the attacks have left 20 people wounded".
_ATTACKS_HURT: Final = re.compile(r"\b(?:the|these|those|both)\s+(?:(?:two|three|four|five|twin|coordinated|simultaneous|separate)\s+)?"
                                  r"attacks\s+(?:have\s+|had\s+)?(?:also\s+)?(?:injured|wounded|injuring|wounding|left)\b",
                                  re.IGNORECASE)
#: "were injured in those attacks", "wounded in the two attacks", "hurt in both attacks".
_IN_ATTACKS: Final = re.compile(r"\b(?:injured|wounded|hurt)\s+(?:[\w-]+\s+){0,3}?in\s+(?:the|these|those|both)\s+"
                                rf"(?:{_SEVERAL}\s+)?attacks\b", re.IGNORECASE)
#: "wounded in the two cities", "taken to hospitals in both towns", "injured in the three villages".
_IN_PLACES: Final = re.compile(rf"\b(?:in|across)\s+(?:the\s+{_SEVERAL}|both)\s+(?:cities|towns|villages|provinces|governorates|"
                               r"neighbou?rhoods|districts)\b", re.IGNORECASE)
#: "one of the attacks", "each of the two attacks": one attack's own figure.
_ONE_PICKED: Final = re.compile(r"\b(?:one|each|either|any|first|second|last|latter|former)\s+of\s+(?:the|these|those)\b",
                                re.IGNORECASE)

#: One event's fire or blast named in the sentence ("injured in the regime shelling in the two towns": one
#: bombardment of two towns; "the blast also injured 12, taken to hospitals in both towns"): not several attacks.
_ONE_EVENT: Final = re.compile(r"\b(?:shelling|bombardment|shell|strike|airstrike|raid|blast|explosion|bombing)\b",
                               re.IGNORECASE)


def joint_hurt(text: str, mentions: tuple[Mention, ...]) -> bool:
    """Whether the sentence ``text`` tells only people hurt, and as the joint figure of several attacks or places."""
    if not mentions or any(m.role == KILLED for m in mentions) or _ONE_PICKED.search(text):
        return False
    if any(p.search(text) is not None for p in (_ATTACKS_HURT, _IN_ATTACKS)):
        return True
    return _IN_PLACES.search(text) is not None and _ONE_EVENT.search(text) is None


def without_joint_hurt(mentions: tuple[Mention, ...], text: str) -> tuple[Mention, ...]:
    """The sentence's figures an incident takes: none when they are a joint figure of people hurt (see module doc)."""
    return () if joint_hurt(text, mentions) else mentions
