"""A village's headman named as the subject of his own fate: "the mukhtar of the town of X was shot dead", "the
mukhtar (village head) of X was killed", "the mukhtar of X survived an assassination attempt, sustaining wounds".

The office with "of" and a place names a person the text has not counted ("killing the mukhtar of the village" as an
object is read by ``casualty_unnumbered``). He is counted only where ``casualty_local_office`` makes him a civilian (no
ties told after him); not where the text before already names a mukhtar (the same man told again), nor where the
sentence counts a figure over his words (used by ``casualty_unnumbered.bare_singular_mentions``; tests in
tests/test_extract_casualty_office_subject.py).
"""

from __future__ import annotations

import re

from observatory.extract.casualty_local_office import local_office_side
from observatory.extract.gates import folded, has_any
from observatory.extract.mention_sides import INJURED, KILLED, Mention
from observatory.extract.numbers import Quantity
from observatory.models import Qualifier

_OFFICES = ("mukhtar",)
_OFFICE_SUBJECT = re.compile(
    r"\bthe\s+(?P<who>mukhtar)(?:\s*\([^()]{1,30}\))?\s+of\s+(?:the\s+(?:town|village|city|neighbou?rhood|quarter)\s+of\s+)?"
    r"(?:[Aa]l-|[Ee]l-)?[A-Z][\w'’-]*(?:[\s-]+(?:[Aa]l-)?[A-Z][\w'’-]*){0,3}(?:\s+(?:village|town|city))?\s+"
    r"(?:(?P<kill>(?:was|has\s+been)\s+(?:shot\s+dead|killed|assassinated|murdered))|"
    r"(?:was\s+)?(?:seriously\s+|lightly\s+)?(?:wounded|injured)|"
    r"survived\s+[^.;]{0,40}?,\s+(?:sustaining|suffering)\s+(?:[\w-]+\s+)?(?:wounds|injuries))\b"
)


def office_subjects(work: str, start: int, end: int, taken: list[tuple[int, int]]) -> list[Mention]:
    """One killed or wounded civilian for each mukhtar the sentence names as the subject of his fate (module doc)."""
    if not has_any(folded(work, start, end), _OFFICES) or has_any(folded(work, 0, start), _OFFICES):
        return []
    out: list[Mention] = []
    for hit in _OFFICE_SUBJECT.finditer(work, start, end):
        s, e = hit.start("who"), hit.end("who")
        if any(a < hit.end() and hit.start() < b for a, b in taken) or has_any(folded(work, start, s), _OFFICES):
            continue
        side = local_office_side(work, hit.group("who").lower(), e)
        if side != "civilians":  # (ties told after him: of a side the text leaves to other rules, not counted here)
            continue
        role = KILLED if hit.group("kill") else INJURED
        out.append(Mention(role, Quantity(1, Qualifier.EXACT, s, s, ""), side, s, e))
    return out
