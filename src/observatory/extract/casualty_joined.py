"""The group a victim had joined, told in the sentence after the killing (round 7, tests in
tests/test_extract_round7_casualties.py).

* "Gunmen opened fire on a former opposition fighter ..., killing him. The man, in his thirties, had joined the regime's
  Military Security after the settlement" (also after "sources said that", and "the man, who had joined ..."; round 8): the one victim is of the group he joined (SCHEMA: settled ex-fighters working
  for regime services -> regime), not of the rebels his past names;
* "ISIS executed 20 men ..., after accusing them of fighting in the ranks of regime forces", "on charges of collaborating
  with the SDF": plain people a killer accused of serving a group are of that group (SCHEMA: suspected attribution ->
  that side, with a note).
"""

from __future__ import annotations

import re
from datetime import date

from observatory.extract.actors import GENERIC_ALIASES, ActorLexicon
from observatory.extract.mention_sides import Mention

#: The victim, said again at the head of the next sentence, and the group he had joined.
_JOINED_NEXT = re.compile(
    r"\s*(?:[^.;!?\n]{0,80}?\b(?:said|says|reported|added|confirmed|stated|noted)\s+(?:that\s+)?)?"
    r"(?:The|the|He|he)\s*(?:(?:young\s+)?man|victim|deceased|slain\s+man|fighter|youth)?(?:\s*,\s*who|\s*,\s*[^,.;]{1,60}?,)?\s+"
    r"(?:had\s+|has\s+)?(?:later\s+|recently\s+|since\s+)?(?:joined|enlisted\s+in|been\s+serving\s+(?:in|with)|been\s+working\s+(?:for|with))\s+"
    r"(?:the\s+)?(?:ranks\s+of\s+(?:the\s+)?)?")
#: How far past the victim's sentence the next one may open.
_NEXT_OPEN = re.compile(r"[^.!?\n]*[.!?]")


def joined_next(m: Mention, work: str, end: int, lexicon: ActorLexicon, on: date | None) -> Mention:
    """The side of the group the one victim of ``m`` had joined, when the next sentence says so (see module doc)."""
    if m.value != 1 or m.parent is not None or m.side not in (None, "unknown", "hts_rebels") or m.quantity.vague:
        return m
    close = _NEXT_OPEN.match(work, m.group_end)
    if close is None or close.end() > end + 1:
        return m
    hit = _JOINED_NEXT.match(work, close.end())
    if hit is None:
        return m
    found = [a for a in lexicon.find(work, hit.end(), min(len(work), hit.end() + 60), on) if a.alias.lower() not in GENERIC_ALIASES]
    if not found or found[0].start - hit.end() > 12 or found[0].side in ("unknown", "civilians", m.side):
        return m
    a = found[0]
    return m.named(a)


#: The killer's charge against plain victims, later in their sentence.
_ACCUSED = re.compile(
    r"[^.;!?]{0,160}?\b(?:accusing\s+(?:them|him|her)\s+of|accused\s+of|on\s+(?:the\s+)?charges?\s+of|charged\s+with)\s+"
    r"(?:being\s+)?(?:fighting|working|collaborating|cooperating|dealing|belonging|serving|spying|members?|informants?|agents?)\s+"
    r"(?:in\s+the\s+ranks\s+of|with|for|to|of|in)\s+(?:the\s+)?", re.IGNORECASE)
_PLAIN_PEOPLE = re.compile(r"\s*(?:young\s+)?(?:men|people|persons|individuals|youths)\b", re.IGNORECASE)


def accused_of(m: Mention, work: str, end: int, lexicon: ActorLexicon, on: date | None) -> Mention:
    """The side of the group plain victims were accused of serving, later in their sentence (see module doc)."""
    if m.side not in (None, "unknown") or m.parent is not None or m.quantity.vague or not _PLAIN_PEOPLE.match(work, m.quantity.end):
        return m
    hit = _ACCUSED.match(work, m.group_end, end)
    if hit is None:
        return m
    found = [a for a in lexicon.find(work, hit.end(), min(len(work), hit.end() + 60), on) if a.alias.lower() not in GENERIC_ALIASES]
    if not found or found[0].start != hit.end() or found[0].side in ("unknown", "civilians"):
        return m
    a = found[0]
    return m.named(a)
