"""A bare figure of dead after civilian dead earlier in the same sentence: "air strikes killed seven civilians in X,
while barrel bombs fell on Y, killing five"; "six civilians died in X, and two were killed in Y" (the five and the two
are civilians, ``bare_after_named``); "... five civilians were killed. Among them, a man and his son were killed"
(``of_them_opening``). The clause with the bare figure is read apart from the one before it, so the earlier figures
come from ``before`` (from the sentence's start, or the sentence before). Only civilians are lent: an armed side's dead
told first may be the other side's kill in the next clause. Tests in tests/test_extract_casualty_bare_same.py."""

from __future__ import annotations

import re
from collections.abc import Callable

from observatory.extract.mention_sides import KILLED, Mention
from observatory.extract.numbers import number_words
from observatory.extract.text import line_around


def _bare(m: Mention, work: str) -> bool:
    return m.side is None and m.parent is None and m.role == KILLED and not work[m.group_start:m.group_end].strip()


def sentence_start(work: str, start: int) -> int:
    """Where the sentence holding ``start`` begins (after ". " or a line break)."""
    return max(work.rfind(". ", 0, start) + 2, line_around(work, start)[0])


def bare_after_named(mentions: list[Mention], work: str, start: int, before: Callable[[int], list[Mention]]) -> list[Mention]:
    """Give a bare figure of dead with no side the side of the last figure of dead before it in its sentence, where
    that is civilians (see module doc)."""
    if not any(_bare(m, work) for m in mentions) or any(m.role == KILLED and m.side is not None for m in mentions):
        return mentions
    begin = sentence_start(work, start)
    if begin >= start:
        return mentions
    dead = [p for p in before(begin) if p.parent is None and p.role == KILLED]
    if not dead or dead[-1].side != "civilians" or dead[-1].generic:  # (an armed side's dead may be the other side's kill)
        return mentions
    src = dead[-1]
    return [m.sided_like(src) if _bare(m, work) else m
            for m in mentions]


#: A sentence opening on a part of a group told before: "Two of them, ", "Among them, ".
_OF_THEM_OPENING = re.compile(r"(?:" + number_words(r"\d+") + r"\s+of\s+them|among\s+them)\s*,\s*", re.IGNORECASE)


def of_them_opening(mentions: list[Mention], work: str, start: int, before: Callable[[int], list[Mention]]) -> list[Mention]:
    """"Shelling killed and wounded five civilians. Two of them, a man and his son, were killed": the dead apposed to
    "Two of them" / "Among them" opening the sentence are civilians where the last figure of the sentence before is."""
    opening = _OF_THEM_OPENING.match(work, sentence_start(work, start))
    first = mentions[0]
    if opening is None or opening.end() != first.quantity.start or not work[first.group_start:first.group_end].strip():
        return mentions  # (a bare share, "Among them, 30 were killed by X", is the totals' to read)
    begin = sentence_start(work, max(0, opening.start() - 2))
    told = [p for p in before(begin) if p.quantity.end <= opening.start() and p.parent is None]
    if not told or told[-1].side != "civilians" or told[-1].generic:
        return mentions
    src = told[-1]
    return [m.sided_like(src)
            if m.role == KILLED and m.side in (None, "unknown") else m for m in mentions]
