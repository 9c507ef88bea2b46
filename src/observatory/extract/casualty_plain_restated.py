"""Plain persons restating the dead or hurt of one side told before ("killing two of its members ... two of them were
killed", "killed three civilians ... shot dead three men who tried to flee", "two NDF members ... the bodies of the two
men were found").

A later sentence of the incident that counts people of no side ("men", "people", "of them", "persons") by the same
number as the one side whose dead (or hurt) the incident has told so far tells the same people again, not as many more
of unknown side. Not read so where the sentence says there were more ("also", "another", "other", "more"), where the
incident has dead of two sides or some of no side already, or for one person (a second victim told alone is common).

Tests: tests/test_extract_plain_restated.py.
"""

from __future__ import annotations

import re
from typing import Final

from observatory.extract.casualty_tribal_figures import one_restated
from observatory.extract.mention_sides import Mention

#: Words of the figure's own noun group that add people to those told ("two other men", "two more people").
_MORE: Final = re.compile(r"\b(?:others?|more|further|additional|another|also)\b", re.IGNORECASE)

Counts = dict[tuple[str, str], tuple[Mention, int]]


def told_again(counts: Counts, m: Mention, index: int, target: str | None, sentence: tuple[str, int], also: bool) -> bool:
    """Whether ``m``, read in ``sentence`` (its text and where it starts), is dead or hurt the incident told before:
    "killing him" after one dead of a known side (``one_restated``), or plain persons restating one side's figure."""
    group = sentence[0][max(0, m.group_start - sentence[1]):max(0, m.group_end - sentence[1])]
    return one_restated(counts, m, index, target) or plain_restated(counts, m, index, group, also)


def plain_restated(counts: Counts, m: Mention, index: int, group: str, also: bool) -> bool:
    """Whether ``m`` (a figure of no named side, or read as unknown, its noun group ``group``) restates the one side's
    figure of its role the incident told in an earlier sentence (see module doc)."""
    if m.side not in (None, "unknown") or m.value < 2 or m.rose or m.parent is not None or also or m.quantity.vague:
        return False
    if _MORE.search(group):
        return False
    told = [(side, old) for (role, side), (old, at) in counts.items() if role == m.role]
    if len(told) != 1 or told[0][0] == "unknown":
        return False
    side, old = told[0]
    earlier = all(at < index for (role, _), (_, at) in counts.items() if role == m.role)
    return earlier and not old.quantity.vague and old.value == m.value
