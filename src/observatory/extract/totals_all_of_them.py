"""A figure of people told with the side of all of them after it (used by ``totals_tallies.with_losses_figure``; tests
in tests/test_extract_totals_all_of_them_side.py).

* "the number of people killed in coalition strikes since early 2023 rises to nine, all of them members of jihadist
  groups", "Turkish drones have killed 19 people since January, all of whom were SDF fighters", "... rises to 31, all
  civilians": a figure of no side (a bare figure, "people", "persons") takes the side that the apposition names for all
  of them. "all of them killed by Turkish drones" (a killer, not who they were), "all of them Syrians" (a nationality)
  and "all of them women and children" (kinds of people, judged case by case) are left alone. A running figure of
  "people" (``totals_pursuits.counted_sides``) keeps that side too.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import replace
from typing import Final

from observatory.extract.gates import folded, has_any
from observatory.extract.mention_sides import KILLED, Mention

#: ", all of them members of ...", ", all of whom were ...", ", all civilians", after an optional word of people.
_ALL_OF_THEM: Final = re.compile(r"(?:\s+(?:people|persons|individuals|dead|deaths|fatalities|victims))?\s*,\s*(?:all\s+of\s+(?:them|whom)\s+"
                                 r"(?:(?:were|are|being)\s+)?|all\s+(?:being\s+|were\s+)?)"
                                 r"(?!(?:killed|died|dead|wounded|injured|by|in|at|from|during|shot|executed|slain|of|from)\b)"
                                 r"(?P<who>[^,.;:()]{3,80}?)(?=\s*(?:[,.;:()]|$)|\s+(?:in|since|during|according|who|while|when|as)\b)",
                                 re.IGNORECASE)
#: Kinds of people and nationalities: no side of their own.
_NO_SIDE: Final = re.compile(r"\b(?:Syrians?|Iraqis?|Lebanese|Afghans?|nationals?|foreigners?|men|women|children|boys|girls|minors|"
                             r"males?|females?|people|persons)\b", re.IGNORECASE)


def with_side_of_all(work: str, start: int, end: int, mentions: list[Mention],
                     side_in: Callable[[int, int], str | None]) -> list[Mention]:
    """The mentions with each figure of no side that ", all of them <group>" follows given that group's side
    (``side_in`` reads a span's side)."""
    if not has_any(folded(work, start, end), ("all ",)):
        return mentions
    out = list(mentions)
    for i, m in enumerate(mentions):
        if m.parent is not None or m.label is not None or m.role != KILLED or m.side not in (None, "unknown") or m.quantity.vague:
            continue
        found = _ALL_OF_THEM.match(work, max(m.quantity.end, m.group_end), end)
        if found is None or _NO_SIDE.search(found.group("who")):
            continue
        side = side_in(found.start("who"), found.end("who"))
        if side is not None and side != "unknown":
            out[i] = replace(m, side=side)
    return out


def told_for_all(work: str, m: Mention, end: int) -> bool:
    """Whether ", all of them <group>" (a group of a side, not a kind of people) follows the figure of ``m``."""
    found = _ALL_OF_THEM.match(work, max(m.quantity.end, m.group_end), end)
    return found is not None and not _NO_SIDE.search(found.group("who"))
