"""A part of a breakdown by nationality whose nationality is not known ("The strikes killed 11 militiamen: six Iraqis,
three Syrians and two others whose nationality remains unknown", "two of unknown nationality"): the part is of the
whole's side (SCHEMA: Iranian-backed militiamen of unstated nationality stay pro_iran_foreign), not the ``unknown`` side
the word "unknown" names. Read at the end of ``mention_sides.syrian_parts``; tests in
tests/test_extract_casualty_nationality_not_known.py.
"""

from __future__ import annotations

import re
from dataclasses import replace
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from observatory.extract.mention_sides import Mention

_UNSTATED = re.compile(
    r"\s+(?:(?:others?|more|members?|militiam[ae]n|fighters?|persons?|people|of\s+them)\s+)?(?:"
    r"(?:whose|with)\s+(?:(?:an?|the)\s+)?nationalit(?:y|ies)\s+(?:(?:is|was|are|were|remains?|remained|has|have|had)\s+)?"
    r"(?:(?:still|yet|not)\s+)*(?:(?:been|be)\s+)?(?:unknown|known|unidentified|identified|determined|established|confirmed|unclear)|"
    r"of\s+(?:an?\s+)?(?:unknown|unidentified|unconfirmed|undetermined|unspecified|unclear)\s+nationalit(?:y|ies))\b",
    re.IGNORECASE)


def unstated_nationality(mentions: list[Mention], work: str) -> list[Mention]:
    """The parts said to be of no known nationality, given the side of the whole they break down."""
    out = list(mentions)
    for i, m in enumerate(mentions):
        if m.parent is None and m.side == "unknown" and _UNSTATED.match(work, m.quantity.end):
            out[i] = _beside_foreign(m, mentions)
            continue
        if m.parent is None or not 0 <= m.parent < len(mentions) or m.side not in (None, "unknown"):
            continue
        whole = mentions[m.parent]
        if whole.side in (None, "unknown", "civilians") or not _UNSTATED.match(work, m.quantity.end):
            continue
        out[i] = replace(m, side=whole.side, actor=whole.actor, nationality=None, generic=False)
    return out


def _beside_foreign(m: Mention, mentions: list[Mention]) -> Mention:
    """"The dead are: eight Iraqis of Kataib Hezbollah, four Syrians working with the IRGC, and two militiamen of unknown
    nationality": an item of no known nationality beside Iranian-backed foreigners is one of them, not of no side."""
    foreign = next((o for o in mentions if o is not m and o.role == m.role and o.side == "pro_iran_foreign"), None)
    if foreign is None:
        return m
    return replace(m, side=foreign.side, actor=foreign.actor, nationality=None, generic=False)
