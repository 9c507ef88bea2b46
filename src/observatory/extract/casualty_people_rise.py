"""A rise told of "people" right after the dead of one side in its own sentence (round 35, tests in
tests/test_extract_rise_of_one_event.py).

"Seven more farmers were shot at the same spot, bringing the number of people executed there to nine": the risen toll
counts the farmers told just before it and those before them, so it is of their side (civilians), and replaces their
figure rather than standing beside it as people of no side; after the dead of several named sides ("killing two
soldiers and three farmers, bringing the number of people killed in the attack to six") only the rest of the toll is
people of no side (one). Only where every dead figure before it in the sentence is of a named side, smaller in sum than
the toll, and the toll's own words are a participle's rise of "people" (or persons, individuals), the figure after them
or before them ("raising to nine the number of people killed when warplanes struck a market in X", round 55)."""

from __future__ import annotations

import re
from dataclasses import replace
from typing import Final

from observatory.extract.mention_sides import KILLED, Mention
from observatory.extract.totals_one_event_rise import PERIOD_CUE, one_event_rise

#: "bringing the number of people (executed / killed ...)" right before the risen figure's "to".
_PEOPLE_COUNTED: Final = re.compile(r"\b(?:bringing|raising|pushing|taking|brought|raised)\s+the\s+number\s+of\s+(?:people|persons|individuals)\b"
                                    r"[^.;:,]{0,80}?\bto\s+(?:at\s+least\s+)?$", re.IGNORECASE)
#: The figure first: "raising to nine" before it, "the number of people killed when ..." after it.
_RISE_TO_BEFORE: Final = re.compile(r"\b(?:bringing|raising|pushing|taking|brought|raised)\s+to\s+(?:at\s+least\s+)?$", re.IGNORECASE)
_PEOPLE_AFTER: Final = re.compile(r"\s+the\s+number\s+of\s+(?:people|persons|individuals)\b[^.;,]*", re.IGNORECASE)
#: A sentence's end between the dead told before and the risen toll.
_STOP: Final = re.compile(r"[.;!?](?:\s|$)")
_REACH: Final = 120


def people_rise_side(mentions: list[Mention], work: str) -> list[Mention]:
    """The risen "people" toll of a sentence takes the one side of the dead told before it there (see module doc)."""
    out = list(mentions)
    for i, m in enumerate(mentions):
        if not (m.rose and m.role == KILLED and m.parent is None and m.side == "unknown" and i > 0):
            continue
        if not _one_event_people(work, m):
            continue
        before = [p for p in mentions[:i] if p.role == KILLED and p.parent is None
                  and _STOP.search(work, p.quantity.end, m.quantity.start) is None]
        sides = {p.side for p in before}
        if not before or None in sides or "unknown" in sides or any(p.generic or p.quantity.vague for p in before) \
                or sum(p.value for p in before) >= m.value:
            continue
        if len(sides) == 1:
            out[i] = replace(m, side=before[0].side, actor=before[0].actor, nationality=before[0].nationality)
        else:  # ("killing two soldiers and three farmers, bringing the number of people killed ... to six": one more)
            out[i] = replace(m, quantity=replace(m.quantity, value=m.value - sum(p.value for p in before)), rose=False)
    return out


def _one_event_people(work: str, m: Mention) -> bool:
    """The risen figure ``m`` ends a rise of "people" tied to one event or spot, with no span of time after it ("bringing
    the number of people killed in the province to 37", "... executed there to eleven this year": anyone's running toll,
    as the totals builder reads a period cue after a one event's rise)."""
    rise, end = _PEOPLE_COUNTED.search(work, max(0, m.quantity.start - _REACH), m.quantity.start), m.quantity.end
    if rise is None:  # ("raising to nine the number of people killed when warplanes struck a market in X")
        rise, after = _RISE_TO_BEFORE.search(work, max(0, m.quantity.start - 40), m.quantity.start), _PEOPLE_AFTER.match(work, end)
        end = after.end() if after is not None else end
        rise = rise if after is not None else None
    if rise is None or not one_event_rise(work[rise.start(): end]):
        return False
    stop = _STOP.search(work, end)
    return PERIOD_CUE.search(work, end, stop.start() if stop else len(work)) is None
