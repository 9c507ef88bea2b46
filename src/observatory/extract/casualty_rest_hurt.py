"""The wounded told only as what a toll of casualties leaves once its dead are counted.

"The ambush left 15 casualties among the soldiers, six of whom were killed, while the rest sustained injuries";
"killed and wounded nine fighters, three of them were killed and the others were wounded": the whole counts the dead
and the wounded together, a part of it is said to be dead, and the rest is said to be wounded without a number of its
own. The wounded are the whole less the dead, of the side of the dead (used by ``casualties.find_mentions``; tests in
tests/test_extract_casualty_rest_hurt.py).

Read only where the sentence counts no wounded of its own after the dead ("two of them died and the rest, six, were
injured" is read where the figures are) and where the whole is more than the dead.
"""

from __future__ import annotations

import re

from observatory.extract.gates import folded, has_any
from observatory.extract.mention_sides import INJURED, KILLED, Mention
from observatory.extract.numbers import Quantity, number_words, words_to_int
from observatory.models import Qualifier

_NUM = number_words(r"\d[\d,]*")
#: The whole ("15 casualties", "nine people killed and wounded", "killed and injured nine fighters"), then the dead
#: part ("six of whom were killed"), then the rest wounded ("while the rest sustained injuries").
_REST_HURT = re.compile(
    rf"(?:\b(?P<n>{_NUM})\s+(?:[\w'-]+\s+){{0,3}}?(?:casualties|(?:killed|dead)\s+(?:and|or)\s+(?:wounded|injured))|"
    rf"\b(?:killed|killing)\s+(?:and|or)\s+(?:wounded|injured|wounding|injuring)\s+(?P<n2>{_NUM}))\b"
    rf"[^.;:]{{0,120}}?,\s*(?P<m>{_NUM})\s+of\s+(?:whom|them)\s+(?:were\s+|was\s+|have\s+been\s+)?(?:killed|died|dead)\b"
    r"[^.;:]{0,40}?(?:,\s*)?\b(?:and|while|whereas)\s+the\s+(?:rest|others|remaining(?:\s+[\w'-]+)?|other\s+(?:ones|[\w'-]+))\s+"
    r"(?:(?:were|was|have\s+been)\s+)?(?:[\w-]+\s+){0,2}?"
    r"(?:wounded|injured|hurt|(?:sustained|suffered|received)\s+(?:[\w-]+\s+){0,2}?(?:injuries|wounds))\b",
    re.IGNORECASE,
)
#: Every match of ``_REST_HURT`` holds each of these in the folded span.
_STEMS = ("of whom", "of them")


def rest_hurt(mentions: list[Mention], work: str, start: int, end: int) -> list[Mention]:
    """``mentions`` and the wounded a sentence tells only as the rest of a whole of casualties (see module doc)."""
    low = folded(work, start, end)
    if not has_any(low, _STEMS) or not has_any(low, ("rest", "other", "remaining")):
        return mentions
    out = list(mentions)
    for hit in _REST_HURT.finditer(work, start, end):
        whole = words_to_int(hit.group("n") or hit.group("n2") or "")
        dead = words_to_int(hit.group("m"))
        if whole is None or dead is None or whole <= dead:
            continue
        at = hit.start("m")
        part = [m for m in mentions if m.role == KILLED and m.quantity.start == at and m.value == dead]
        if not part or any(m.role == INJURED and hit.start() <= m.quantity.start < hit.end() for m in mentions):
            continue
        told = hit.end()
        out.append(
            Mention(
                INJURED,
                Quantity(whole - dead, Qualifier.EXACT, told, told, ""),
                part[0].side,
                told,
                told,
                part[0].actor,
                part[0].nationality,
                generic=part[0].generic,
            )
        )
    return out
