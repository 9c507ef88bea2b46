"""The Syrian rest of a toll of Iranian-backed fighters broken down by foreign nationality in its own sentence (tests in
tests/test_extract_casualty_syrian_rest_same_sentence.py).

* "killing seven militiamen, including two Afghans and a Pakistani, while the rest are Syrians recruited by the
  militia", "... including four Iraqis, and the remaining three were Syrians", "... including five Afghans. The rest of
  them were Syrians": the foreign parts stay pro_iran_foreign and what they leave of the toll is the regime's (SCHEMA:
  Iranian-backed militiamen the text says are Syrian). The rest is added as a part of the toll of the regime's side,
  so the incident takes it out of the whole (``syrian_rest``).

Read only where the sentence (or the one after it) says "the rest", "the remaining" or "the other(s)" were Syrians; a
number given for the rest must be what the parts leave.

The toll may be told in the sentence before ("... has risen to 11. The dead include two Iraqis and an Afghan, while the
rest are Syrians": ``_rest_of_told``, tests/test_extract_casualty_syrian_rest_told_before.py).
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import replace

from observatory.extract.gates import folded, has_any
from observatory.extract.mention_sides import KILLED, SYRIAN_OWN, Mention
from observatory.extract.numbers import words_to_int

#: "while the rest are Syrians", "the remaining three were Syrian nationals", "the others are all Syrians".
_REST_SYRIANS = re.compile(
    r"\b(?:the\s+)?(?:rest(?:\s+of\s+(?:them|the\s+(?:dead|victims|militiamen|fighters)))?|remainder|others|"
    r"(?:other|remaining)\s+(?P<n>\d+|[a-z]+))\s+(?:are|were)\s+(?:all\s+)?(?:of\s+)?Syrians?\b(?!\s+(?:regime|army|government))",
    re.IGNORECASE)
_STEMS = ("rest", "remain", "other")
#: How far after the sentence's end the rest may be told (the next sentence).
_NEXT = 160


def syrian_rest(mentions: list[Mention], work: str, start: int, end: int,
                before: Callable[[], list[Mention]] | None = None) -> list[Mention]:
    """The regime's share of a toll of Iranian-backed fighters whose foreign parts leave a Syrian rest (see module doc);
    ``before`` gives the figures of the sentences before, for a toll told there (``_rest_of_told``)."""
    stop = min(len(work), end + _NEXT)
    if work.find("yrian", start, stop) < 0 and work.find("YRIAN", start, stop) < 0:
        return mentions
    low = folded(work, start, stop)
    if "syrian" not in low or not has_any(low, _STEMS):
        return mentions
    if before is not None and not any(m.parent is not None for m in mentions):
        return _rest_of_told(mentions, work, end, before)
    for i, m in enumerate(mentions):
        if m.parent is not None or m.side != "pro_iran_foreign" or m.quantity.vague:
            continue
        parts = [p for p in mentions if p.parent == i]
        if not parts or any(p.side not in ("pro_iran_foreign", None) or p.quantity.vague or _syrian(p, work) for p in parts):
            continue
        told = sum(p.value for p in parts)
        cue = _REST_SYRIANS.search(work, max(p.group_end for p in parts), stop)
        if cue is None or told >= m.value or _closed_before(work, end, cue.start()):
            continue
        rest = m.value - told
        if cue.group("n") is not None and words_to_int(cue.group("n")) != rest:
            continue
        q = replace(m.quantity, value=rest, start=cue.start(), end=cue.start(), text=str(rest))
        part = Mention(m.role, q, "regime", cue.start(), cue.end(), m.actor, "SY", parent=i, rose=m.rose)
        return [*mentions, part]
    return mentions


def _closed_before(work: str, end: int, at: int) -> bool:
    """Whether the rest is told past the sentence after the toll's (a second full stop between them)."""
    return at > end and work.find(".", end, at) >= 0


def _syrian(part: Mention, work: str) -> bool:
    """Whether a part's own words call its people Syrian (no foreign part, then)."""
    return SYRIAN_OWN.search(work, part.quantity.start, part.group_end) is not None


def _rest_of_told(mentions: list[Mention], work: str, end: int, told: Callable[[], list[Mention]]) -> list[Mention]:
    """"... has risen to 11. The dead include two Iraqis and an Afghan, while the rest are Syrians": the foreign parts
    of a toll of Iranian-backed fighters told in the sentence before leave the regime's Syrian rest, told as a figure of
    this sentence (the incident then takes the parts for the toll they add up to)."""
    dead = [m for m in mentions if m.role == KILLED and not m.quantity.vague]
    if not any(m.side == "pro_iran_foreign" for m in dead) or any(m.side not in ("pro_iran_foreign", None) or _syrian(m, work)
                                                                  for m in dead):
        return mentions
    cue = _REST_SYRIANS.search(work, max(m.group_end for m in dead), min(len(work), end + 1))
    if cue is None:
        return mentions
    named = sum(m.value for m in dead)
    whole = next((m for m in reversed(told()) if m.role == KILLED and m.parent is None and not m.quantity.vague
                  and m.side in ("pro_iran_foreign", None)), None)
    if whole is None or whole.value <= named:
        return mentions
    rest = whole.value - named
    if cue.group("n") is not None and words_to_int(cue.group("n")) != rest:
        return mentions
    q = replace(whole.quantity, value=rest, start=cue.start(), end=cue.start(), text=str(rest))
    foreign = next(m for m in dead if m.side == "pro_iran_foreign")  # ("and a Pakistani": a foreign part of no side yet)
    parts = [m if m.side is not None or m not in dead else replace(m, side=foreign.side, actor=foreign.actor, generic=False)
             for m in mentions]
    return [*parts, Mention(KILLED, q, "regime", cue.start(), cue.end(), whole.actor, "SY", rose=whole.rose)]
