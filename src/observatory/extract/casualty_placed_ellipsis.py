"""A figure with its noun left out, told with a place of its own after a figure told with its place: "killed four
civilians in A and three in B", "shot dead a civilian in A and another in B", "killing four soldiers in the first and
two in the second". The second figure names no one, but its place stands where the first figure's place stood, so it
counts people of the same side and role as the figure before it (the verb is told once for both); a figure with a
noun of its own so placed ("... in the first and a civilian in the second") takes that role too. The first figure
must be the object of that verb ("four civilians in A", nothing but its place between it and "and"), so period tallies
told in the passive ("13 were killed in Daraa and four in Quneitra") are left to the totals. Tests in
tests/test_extract_placed_ellipsis.py."""

from __future__ import annotations

import re

from observatory.extract.mention_sides import Mention
from observatory.extract.numbers import Quantity

_PREP = r"(?:in|at|near|on)\s+"
#: A place after the figure: a name, a kind of place of a name, or the first/second of places told before.
_PLACE = (r"(?:(?i:the\s+)?(?i:(?:first|second|third|former|latter|other)\b)"
          r"|(?i:the\s+)?(?:(?i:town|village|city|neighbou?rhood|district|area|countryside|outskirts|vicinity)\s+of\s+)?(?:the\s+)?[A-Z])")
#: A month or a day after "in"/"on" is a time, not a place ("four in Arak and 12 in March": 12 of another time).
_TIME = (r"(?!(?:January|February|March|April|May|June|July|August|September|October|November|December|Monday|Tuesday|"
         r"Wednesday|Thursday|Friday|Saturday|Sunday)\b)")
_NEXT = re.compile(rf"\s+(?i:{_PREP}){_TIME}{_PLACE}")
#: From the end of the figure before to the bare figure: only the first figure's place, then "and".
_BETWEEN = re.compile(rf"\s+(?i:{_PREP}){_PLACE}[^.;:,()]{{0,50}}?,?\s+and\s+(?:then\s+)?$")
_VERB = re.compile(r"\b(?:killed|killing|died|dead|wounded|wounding|injured|injuring|were|was|had|have|has|while|which|who)\b",
                   re.IGNORECASE)


def placed_next(work: str, end: int) -> bool:
    """Whether a place of its own follows the figure ending at ``end`` ("... and three in B")."""
    return _NEXT.match(work, end) is not None


def placed_after(work: str, before_end: int, start: int) -> bool:
    """Whether only the place of the figure before (ending at ``before_end``) and "and" stand before the figure at
    ``start`` ("killing four soldiers in the first and a civilian in the second": the civilian is killed too)."""
    between = work[before_end:start]
    return _BETWEEN.fullmatch(between) is not None and _VERB.search(between) is None


def placed_ellipsis(work: str, q: Quantity, group: str, before: Mention) -> bool:
    """Whether ``q`` (with no noun of its own) is one more figure of ``before``'s people, told at its own place after
    ``before`` told at its place (see module doc)."""
    if group.strip() or before.parent is not None or not placed_next(work, q.end):
        return False
    return placed_after(work, before.group_end, q.start)


def placed_another(work: str, q: Quantity, sent_start: int) -> bool:
    """Whether "another" is one more person told at its own place after one told at his ("shot dead a civilian in A and
    another in B": ``figures.is_count``)."""
    if not placed_next(work, q.end):
        return False
    head = re.search(rf"\b(?i:a|an|one)\s+(?:[\w'-]+\s+){{1,3}}?(?i:{_PREP}){_PLACE}[^.;:,()]{{0,50}}?,?\s+and\s+$",
                     work[max(sent_start, q.start - 90):q.start])
    return head is not None and _VERB.search(head.group(0)) is None

