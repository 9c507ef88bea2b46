"""People of no side told at work are civilians (SCHEMA: workers are civilians): "shot dead a young man who worked in a
mobile phone shop", "executed two young men who worked as guards at an oil well". Only a relative clause right after
the figure, whose trade or workplace names no armed group ("who worked for Hezbollah", "who worked as an informant
for the Military Security" keep the side the incident gives them); used by ``casualties``, tests in
tests/test_extract_round54_readings.py.

Twins that read work too, each behind its own gate: ``mention_sides.family_or_work`` (a few plain people, the only
victims of their sentence, with listed workplaces and trades in a window after them: "working in an oil refinery"),
``casualty_people_at_work`` ("people gathering truffles") and ``casualty_one_at_work`` (the next sentence). This one
takes any figure of no side, but only a "who worked in/at/as" clause right after it.
"""

from __future__ import annotations

import re
from dataclasses import replace
from datetime import date

from observatory.extract.actors import ActorLexicon
from observatory.extract.gates import folded
from observatory.extract.mention_sides import Mention

#: ", who worked in a bakery", " who works at a private clinic", " who was working as a guard": up to the clause's end.
_AT_WORK = re.compile(r"\s*,?\s*who\s+(?:had\s+)?(?:worked|works|was\s+working|had\s+been\s+working)\s+(?:in|at|as)\b[^.;:,]{1,80}",
                      re.IGNORECASE)
#: Work for an armed side told without its name ("worked as a guard for the militia", "in a military base").
_ARMED_WORK = re.compile(r"\b(?:military|army|militias?|security\s+(?:services?|branch)|checkpoint|informant|fighter|recruit)\b",
                         re.IGNORECASE)


def workplace_civilians(mentions: list[Mention], work: str, lexicon: ActorLexicon, on: date | None) -> list[Mention]:
    """``mentions`` with each figure of no side told at a civil trade or workplace made civilians (see module doc)."""
    if not mentions or "who " not in folded(work, min(m.group_end for m in mentions), max(m.group_end for m in mentions) + 30):
        return mentions
    return [_at_work(m, work, lexicon, on) for m in mentions]


def _at_work(m: Mention, work: str, lexicon: ActorLexicon, on: date | None) -> Mention:
    if m.side not in (None, "unknown") or m.parent is not None:
        return m
    clause = _AT_WORK.match(work, m.group_end)
    if clause is None or _ARMED_WORK.search(clause.group()):
        return m
    if any(a.side not in ("civilians", "unknown") for a in lexicon.find(work, clause.start(), clause.end(), on)):
        return m
    return replace(m, side="civilians", actor=None, nationality=None, generic=False)
