"""Victims of no side told in a list line that counts civilians first (round 67; tests in
tests/test_extract_round67_readings.py).

A day's toll broken down by side gives each side a line and tells its events after a colon: "- Four civilians,
including a child and a woman: the child succumbed ...; a shepherd was killed by a landmine ...; and a man was killed by
shells fired by the SDF on Marea". Every victim told after that colon is one of the civilians the line counts, so "a
man" there is a civilian (SCHEMA: victims the text describes as civilians), not a man of no side. Only victims of no
named side told by their kind alone ("a man", "two people"; the ones a side's noun already names keep it, and a bare
number splits the count by cause), and only on the line that opens with the count of civilians.
"""

from __future__ import annotations

import re
from dataclasses import replace

from observatory.extract.mention_sides import Mention
from observatory.extract.numbers import number_words
from observatory.extract.text import LIST_MARK

#: The line's head: a list mark, a count of civilians and its parts, then the colon ("- Four civilians, including a
#: child and a woman:", "• 6 civilians:").
_CIVILIANS_HEAD = re.compile(rf"[ \t]*{LIST_MARK}[ \t]+(?:\d+|(?i:{number_words()}))\s+civilians\b[^:;.\n]{{0,90}}:", re.IGNORECASE)


#: A victim told by no more than his kind ("a man", "a young man", "two people"): not a bare number ("four were killed
#: by ..."), which splits the line's count by cause.
_PLAIN = re.compile(r"\S+\s+(?:(?:young|old|elderly|middle-aged)\s+)?(?:man|men|woman|women|person|persons|people|youths?)\s*",
                    re.IGNORECASE)


def line_civilians(mentions: list[Mention], work: str) -> list[Mention]:
    """The victims of no side after the colon of a line that counts civilians are civilians (see module doc)."""
    if not mentions:
        return mentions
    line_start = work.rfind("\n", 0, mentions[0].quantity.start) + 1
    head = _CIVILIANS_HEAD.match(work, line_start)
    if head is None:
        return mentions
    return [replace(m, side="civilians", actor=None, generic=False)
            if m.side in (None, "unknown") and m.quantity.start >= head.end() and not m.quantity.vague
            and _PLAIN.fullmatch(work, m.quantity.start, m.group_end) else m
            for m in mentions]
