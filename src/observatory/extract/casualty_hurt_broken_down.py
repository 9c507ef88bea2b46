"""The injured of no side told first, then broken down by side in a later sentence that says it restates them
("injuring four people. Among the injured were three SDF members and a child", "... Three soldiers and a boy were
among the wounded"): the parts are the same people, so where they add up to the whole the whole is no figure of its
own (the injured's counterpart of ``_broken_down_after`` in ``assemble``; tests in tests/test_extract_hurt_lists.py).
Parts that fall short of the whole are a subset of it and are taken out of it ("wounding six people. Among the
injured were two children, medics said": four of no side left); parts that outgrow it, parts told in the whole's own
sentence, and later injured told without such a cue (a second strike's) leave the whole.
"""

from __future__ import annotations

import dataclasses
import re

from observatory.extract.mention_sides import INJURED, Mention
from observatory.extract.text_toll_wordings import AMONG_HURT_READ

#: A sentence that restates the injured: "among the wounded", "the injured were/are/include", "of the injured", also
#: with the number told again ("Among the 23 injured were ...").
_RESTATES_HURT = re.compile(r"\b(?:among\s+the\s+(?:[\d,]+\s+)?(?:wounded|injured)|the\s+(?:[\d,]+\s+)?(?:wounded|injured)\s+(?:were|are|include[sd]?)|"
                            r"of\s+the\s+(?:wounded|injured))\b", re.IGNORECASE)


def _restates_after(text: str, whole: Mention, at: int) -> bool:
    """Whether the sentence of the figure at ``at`` (in the report's own text: the working copy may join it to the one
    before) comes after the whole's and restates the injured."""
    start = max(text.rfind(". ", 0, at), text.rfind("\n", 0, at)) + 1
    ends = [i for i in (text.find(". ", at), text.find("\n", at)) if i >= 0]
    return start > whole.quantity.end and _RESTATES_HURT.search(text, start, min(ends) if ends else len(text)) is not None


def _restated_parts(whole: Mention, first: int, figures: dict[tuple[str, str], Mention],
                    told_at: dict[tuple[str, str], int], text: str, side: str = "unknown") -> int:
    """The injured of named sides in ``figures`` that break down the injured ``whole`` of ``side`` (no side, or
    civilians: then the parts of armed sides only; told in sentence ``first``), all told in later sentences (or joined
    to its own) that restate the injured; 0 where any is not."""
    if whole.role != INJURED or whole.quantity.vague or whole.rose or not text:
        return 0
    parts = [(told_at.get(key, -1), m) for key, m in figures.items() if key[0] == INJURED and key[1] not in ("unknown", side)]
    if parts and all(at >= first and not m.quantity.vague and _restates_after(text, whole, m.quantity.start)
                     for at, m in parts):
        return sum(m.value for _, m in parts)
    return 0


def hurt_told_by_sides(whole: Mention, first: int, figures: dict[tuple[str, str], Mention],
                       told_at: dict[tuple[str, str], int], text: str) -> bool:
    """Whether the injured ``whole`` of no side (told in sentence ``first``) is broken down by the injured of named
    sides in ``figures``, all told in later sentences (or joined to its own) that restate the injured and adding up
    to it."""
    return _restated_parts(whole, first, figures, told_at, text) == whole.value > 0


def hurt_broken_down(figures: dict[tuple[str, str], Mention], told_at: dict[tuple[str, str], int],
                     text: str) -> dict[tuple[str, str], Mention]:
    """``figures`` without the injured of no side that later sentences break down by side (see module doc); also the
    injured counted as civilians, less the armed men a later sentence counts among them ("killing two civilians and
    wounding 11 others. Among the wounded were two fighters": nine civilians)."""
    side = "unknown" if (INJURED, "unknown") in figures else "civilians"
    whole = figures.get((INJURED, side))
    first = told_at.get((INJURED, side))
    parts = 0 if whole is None or first is None else _restated_parts(whole, first, figures, told_at, text, side)
    if whole is None or not parts or parts > whole.value:
        return figures
    if parts < whole.value:  # "wounding six people. Among the injured were two children": four of no side are left
        rest = dataclasses.replace(whole, quantity=dataclasses.replace(whole.quantity, value=whole.value - parts))
        return {**figures, (INJURED, side): rest}
    return {key: m for key, m in figures.items() if key != (INJURED, side)}


def restated_subset(old: Mention, m: Mention, sentence: str, offset: int) -> bool:
    """Whether the injured ``m``, told after "Among the wounded were" in the sentence ``sentence`` (starting at
    ``offset`` in the working copy) that the figure ``old`` of its side opened, are some of those injured ("wounding
    11 civilians. Among the wounded were three children": the same people, not three more)."""
    if m.role != INJURED or old.role != INJURED or m.quantity.value >= old.value or m.quantity.start <= old.quantity.end:
        return False
    return AMONG_HURT_READ.search(sentence, 0, m.quantity.start - offset) is not None
