"""The joint toll of several attacks told with the attacks as its subject or owner (used by ``totals_sentences``).

SCHEMA: several attacks reported with one joint toll give a total; each attack stays an incident without a toll.
``totals_sentences`` reads "killed in the attacks" as such a toll; this module adds the forms where the attacks own
the toll or make it:

* "The two attacks left seven soldiers dead", "The attacks launched today left nine soldiers dead": the attacks told
  before, as the subject of the verb that kills;
* "put the toll of the attacks at 215 dead", "the death toll of yesterday's coordinated attacks ... rises": the toll of
  the attacks.

Only "attacks" (not "strikes", "raids", "bombings": one bombardment or one night's strikes on several sites is one
incident, SCHEMA), and not where the sentence sets one event apart ("separate", "single") or picks one of the attacks
("One of the attacks killed four soldiers", "each of the attacks left": one attack's own toll).
"""

from __future__ import annotations

import re
from typing import Final

#: "The two attacks left", "These coordinated attacks killed", "The attacks launched today left nine ... dead".
_ATTACKS_MADE: Final = re.compile(r"\b(?:the|both)\s+(?:(?:two|three|four|five|twin|coordinated|simultaneous|[\w-]+)\s+){0,2}?attacks\b"
                                  r"(?:\s+(?:launched|carried\s+out|waged|conducted)\b[^.;:,]{0,40}?)?\s+(?:have\s+|had\s+)?"
                                  r"(?:also\s+)?(?:left|killed|claimed)\b", re.IGNORECASE)
#: "the toll of the attacks", "the death toll of yesterday's coordinated attacks".
_ATTACKS_TOLL: Final = re.compile(r"\btoll\s+(?:of|from)\s+(?:the|these|both|yesterday's|today's|(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day's)\s+"
                                  r"(?:[\w-]+\s+){0,2}?attacks\b", re.IGNORECASE)
#: "One of the attacks killed", "each of the two attacks left", "the first of the attacks": one attack's toll.
_ONE_PICKED: Final = re.compile(r"\b(?:one|each|either|neither|none|any|(?:the\s+)?(?:first|second|third|last|latter|former|"
                                r"deadliest|latest))\s+of\s+$", re.IGNORECASE)
_STEMS: Final = ("attacks",)  # every match of both patterns holds it
_ONE_OF_THEM: Final = re.compile(r"\b(?:separate|single)\s+(?:incident|attack|event)\b(?!s)", re.IGNORECASE)
#: "the rise in the death toll of the attacks ... to 246, after ...": a bare figure the toll rose to, whose parts the
#: text gives apart; left to the running-total reading.
_BARE_RISE: Final = re.compile(r"\bto\s+\d[\d,]*(?=\s*[,.;]|\s*$|\s+(?:after|as|since|following|according)\b)", re.IGNORECASE)


def attacks_joint_toll(text: str, span: str) -> bool:
    """Whether ``text`` (``span``: its folded form) gives the joint toll of attacks as their subject or owner."""
    if not any(s in span for s in _STEMS) or _ONE_OF_THEM.search(text) or _BARE_RISE.search(text):
        return False
    made = any(not _ONE_PICKED.search(text, 0, m.start()) for m in _ATTACKS_MADE.finditer(text))
    return made or _ATTACKS_TOLL.search(text) is not None
