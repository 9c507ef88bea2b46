"""More parts of a whole told before, named in a later sentence with "also" ("an air strike killed ten people,
including four Iranians. The dead also included three Syrians working with Iranian forces and a civilian", "...
killed six fighters, including two Iraqis. Two Syrian members of the militias were also among the dead").

The first sentence breaks the whole into a part and a rest (the whole less the part, of the whole's side or of no
known side); the "also" sentence names more of that rest. Its figures are parts of the same dead, not more dead: each
is added to its side's count and taken off the rest, which is dropped once nothing is left of it. Where the figures
outgrow the rest, or no whole was broken down before, the sentence is left to the ordinary reading.

Tests: tests/test_extract_casualty_also_among_dead.py.
"""

from __future__ import annotations

import re
from dataclasses import replace

from observatory.extract.casualty_among_here import among_here
from observatory.extract.mention_sides import KILLED, Mention

_DEAD = r"(?:dead|killed|victims|fatalities|slain|casualties)"
#: "the dead also included", "those killed also comprised", "were also among the dead", "also among the victims were",
#: "among the dead were also".
ALSO_DEAD = re.compile(rf"\b(?:the|those)\s+{_DEAD}\s+(?:have\s+|had\s+)?also\s+(?:included?|includes|comprised?|comprises)\b|"
                       rf"\b(?:were|was|are|is)\s+also\s+(?:among|amongst)\s+(?:the\s+|those\s+)?{_DEAD}\b|"
                       rf"\balso\s+(?:among|amongst)\s+(?:the\s+|those\s+)?{_DEAD}\s+(?:were|was|are|is)\b|"
                       rf"\b(?:among|amongst)\s+(?:the\s+|those\s+)?{_DEAD}\s+(?:were|was|are|is)\s+also\b", re.IGNORECASE)

Counts = dict[tuple[str, str], tuple[Mention, int]]


def also_dead(sentence: str) -> bool:
    """Whether the sentence names more of the dead told before ("the dead also included ...")."""
    return ALSO_DEAD.search(sentence) is not None


def _rest(counts: Counts, index: int, total: int) -> tuple[str, str] | None:
    """The count that holds the rest of a whole an earlier sentence broke down ("ten people, including four Iranians":
    the six others), large enough for ``total`` more parts; of no known side first."""
    found: list[tuple[str, str]] = []
    for key, (m, at) in counts.items():
        if key[0] != KILLED or at >= index or m.parent is not None or m.value < total:
            continue
        parted = any(k[0] == KILLED and o.parent is not None and when == at and k != key for k, (o, when) in counts.items())
        if parted:
            found.append(key)
    found.sort(key=lambda k: k[1] != "unknown")
    return found[0] if found else None


def add_also_dead(counts: Counts, mentions: tuple[Mention, ...], index: int, start: int, sentence: str) -> tuple[Mention, ...]:
    """Takes the "also" parts of a broken-down whole into ``counts`` (see the module's docstring); returns the figures
    left for the ordinary reading (all of them where the construction does not apply). ``start``: where the sentence
    begins in the text."""
    if not also_dead(sentence):
        return _among_told(counts, among_here(mentions, sentence, start), index, sentence)
    parts = [m for m in mentions if m.role == KILLED and m.side is not None and m.parent is None and not m.label
             and not m.quantity.vague and m.quantity.start >= start and m.quantity.end > m.quantity.start]  # (not a rest
    # the reading of "among the dead" made up against the whole: the whole is broken down here)
    if not parts:
        return mentions
    rest = _rest(counts, index, sum(m.value for m in parts))
    if rest is None:
        return mentions
    whole, at = counts[rest]
    left = whole.value - sum(m.value for m in parts)
    if left:
        counts[rest] = (replace(whole, quantity=replace(whole.quantity, value=left)), at)
    else:
        del counts[rest]
    for m in parts:
        key = (KILLED, str(m.side))
        old = counts.get(key)
        value = m.value + (old[0].value if old else 0)
        counts[key] = (replace(m, quantity=replace(m.quantity, value=value), rose=False), index)
    return tuple(m for m in mentions if m.role != KILLED)


#: "a child and two Iraqi pilgrims were among the dead", "the dead included a child" (no "also"): some of the dead told.
_AMONG_DEAD = re.compile(rf"\b(?:were|was|are|is)\s+(?:among|amongst)\s+(?:the\s+|those\s+)?{_DEAD}\b|"
                         rf"\b(?:the|those)\s+{_DEAD}\s+(?:included?|includes|comprised?|comprises)\b", re.IGNORECASE)


def _among_told(counts: Counts, mentions: tuple[Mention, ...], index: int, sentence: str) -> tuple[Mention, ...]:
    """"A bomb killed six civilians. SOHR said a child and two Iraqi pilgrims were among the dead": parts of the dead of
    their side told before, who fit in them, are no more dead; the figures are left as they were where any part's
    side has no dead told before or outgrows them (tests/test_extract_round62_readings.py)."""
    if _AMONG_DEAD.search(sentence) is None:
        return mentions
    parts = [m for m in mentions if m.role == KILLED and m.side is not None and m.parent is None and not m.quantity.vague]
    # (also one named without a number, "a child", and one of a labelled kind)
    if not parts:
        return mentions
    sums: dict[str, int] = {}
    for m in parts:
        sums[str(m.side)] = sums.get(str(m.side), 0) + m.value
    for side, n in sums.items():
        told = counts.get((KILLED, side))
        if told is None or told[1] >= index or told[0].value < n:
            return mentions
    return tuple(m for m in mentions if all(m is not p for p in parts))

