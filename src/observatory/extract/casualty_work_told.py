"""A victim's work for a group told with words inside the tie or before the group (for ``mention_sides.joined_side``;
tests in tests/test_extract_casualty_worked_with_told.py):

* a reporting clause inside the relative one: "a man who residents said worked with X" (``TOLD_TIE``);
* the teller's description: "a man whom the monitor described as a collaborator of X" (``TOLD_TIE``);
* the group's country before its name: "who worked with Lebanon's Hezbollah" (``group_named_at``);
* the group named before in the sentence: "three members of X and a Syrian who worked with the group" (``group_named_at``).
"""

from __future__ import annotations

import re
from datetime import date

from observatory.extract.actors import GENERIC_ALIASES, ActorLexicon, ActorMatch
from observatory.extract.text import sentence_around

_WORK = r"(?:worked|works|had\s+worked|was\s+working|collaborated|cooperated|collaborates|cooperates)\s+(?:with|for)"
#: "who residents said worked with", "whom the monitor described as a collaborator of".
TOLD_TIE = re.compile(
    rf",?\s+(?:who\s+(?:[\w'-]+\s+){{1,3}}?(?:said|say|says)\s+(?:that\s+)?(?:he\s+|they\s+)?{_WORK}|"
    r"whom\s+(?:[\w'-]+\s+){1,8}?(?:described|identified|named|called)\s+as\s+(?:an?\s+)?"
    r"(?:collaborators?|informants?|agents?|members?)\s+(?:of|with|for))\s+(?:the\s+)?", re.IGNORECASE)
#: How far back (characters) "whom" may stand inside the victim's words ("a man whom activists described" read as his).
_WHOM_BACK = 60


def told_tie_at(work: str, at: int) -> re.Match[str] | None:
    """``TOLD_TIE`` right after a victim's words ending at ``at``, or from a "whom" read inside them."""
    hit = TOLD_TIE.match(work, at)
    whom = work.rfind(" whom ", max(0, at - _WHOM_BACK), at)
    return hit if hit is not None or whom < 0 else TOLD_TIE.match(work, whom)


#: A country's possessive before the group's name ("Lebanon's Hezbollah").
_COUNTRY_OF = re.compile(r"[A-Z][a-z]+['’]s\s+")
#: The group named before, told again by a plain noun ("the group").
_THE_GROUP = re.compile(r"(?:group|organi[sz]ation|militia|movement|party)\b", re.IGNORECASE)
#: How far (characters) after the tie the group's name may start.
_REACH = 50


def group_named_at(work: str, at: int, before: int, lexicon: ActorLexicon, on: date | None) -> ActorMatch | None:
    """The group a victim's tie ending at ``at`` names (see module doc); ``before`` is where the victim's figure starts."""
    found = lexicon.find(work, at, min(len(work), at + _REACH), on)
    if found and (found[0].start - at <= 2 or _COUNTRY_OF.fullmatch(work, at, found[0].start)):
        return found[0]
    if not _THE_GROUP.match(work, at):
        return None
    head, _ = sentence_around(work, before, before)
    named = [a for a in lexicon.find(work, head, before, on)
             if a.side not in ("unknown", "civilians") and a.alias.lower() not in GENERIC_ALIASES]
    return named[-1] if named else None
