"""The monitor's earlier, lower count of the incident told again after its toll rose: no event of its own.

Construction served: a toll said to have risen ("the death toll of the car bomb ... has risen to 11"), then the
monitor's earlier report of the same dead ("SOHR had reported earlier today that seven people were killed in the
explosion", "Yesterday, the Observatory reported that five men had died when the bus hit a mine", "It had documented
the death of 40 people on Monday"). The earlier figure is below the risen one of the same side and the sentence names
no town the incident does not (or names it as the event told, "in the explosion"): the event told before, counted before it rose. Its figures yield to the risen toll
(``casualty_rises.earlier_report``); the sentence adds nothing to count.

So are the first reports of the incident when the sentence itself tells how the toll grew ("Initial reports spoke
of three deaths, before the bodies of two others were found"): figures below the toll that add up to no more than it.

Not served: an earlier report of another event ("SOHR had reported yesterday that two soldiers were killed when their
vehicle hit a mine near X", a town not told before, or a figure not below the toll); a report with no risen toll.
"""

from __future__ import annotations

import re
from dataclasses import replace
from typing import TYPE_CHECKING

from observatory.extract.incident_sameness import ANOTHER, differs, new_places
from observatory.extract.mention_sides import KILLED, Mention, without

if TYPE_CHECKING:
    from observatory.extract.drafts import Draft, SentenceFacts

_MONITOR = r"(?:SOHR|the\s+(?:Syrian\s+)?Observatory(?:\s+for\s+Human\s+Rights)?|the\s+monitor|it)"
#: The monitor's earlier report: "SOHR had reported", "it had documented earlier", "the monitor reported earlier
#: today", "Yesterday, SOHR reported".
_EARLIER_REPORT = re.compile(
    rf"^\W*(?:{_MONITOR}\s+had\s+(?:earlier\s+|previously\s+|initially\s+|first\s+)?(?:reported|documented|said)|"
    rf"{_MONITOR}\s+(?:reported|documented|said)\s+(?:earlier|previously|initially|yesterday)|"
    rf"(?:Yesterday|Earlier(?:\s+today)?|Previously|Initially),?\s+{_MONITOR}\s+(?:had\s+)?(?:reported|documented|said))\b",
    re.IGNORECASE)
#: The first reports of the incident, told with the rise after them: "Initial reports spoke of three deaths, before the
#: bodies of two others were found", "Early reports had put the toll at four" (tests/test_extract_round57_readings.py).
_INITIAL_REPORTS = re.compile(r"\W*(?:Initial|Early|Earlier|First|Preliminary)\s+(?:reports|figures|information|counts?)\s+"
                              r"(?:had\s+)?(?:spoke|speak|said|put|mentioned|counted|gave|indicated|suggested|reported)\b",
                              re.IGNORECASE)
#: The event named as the one told ("in the explosion", "by the strikes"): a place the sentence adds is more of it
#: ("killed in the explosion, which shook the area near X roundabout").
_THE_EVENT = re.compile(r"\b(?:in|by|during)\s+the\s+(?:same\s+)?(?:explosion|blast|bombing|attack|ambush|strikes?|airstrikes?|"
                        r"shelling|massacre)\b", re.IGNORECASE)
#: A toll said to have risen: "the death toll ... has risen to 11", "the number of dead rose to nine".
_ROSE = re.compile(r"\b(?:toll|number)\b[^.;!?]{0,300}?\b(?:risen|rose|rises|climbed|increased|jumped)\s+to\b",
                   re.IGNORECASE)


def earlier_count(draft: Draft, f: SentenceFacts, before: str) -> bool:
    """The sentence is the monitor's earlier, lower count of the incident being assembled, whose toll ``before`` (the
    text of the incident so far) says rose (see module doc)."""
    text = f.sentence_text
    head = text.split(", which", 1)[0]  # ("..., which also damaged cars": more of the event, no other one)
    initial = _INITIAL_REPORTS.match(text) is not None  # ("Initial reports spoke of three deaths, before ...": the rise told here)
    if not initial and (_EARLIER_REPORT.search(text) is None or _ROSE.search(before) is None) or ANOTHER.search(head):
        return False
    if new_places(draft, f) and _THE_EVENT.search(text) is None or _another_kind(draft, f):
        return False
    told = _told_dead(draft)
    if not told:
        return False
    dead = [m for m in f.mentions if m.role == KILLED and m.parent is None]
    return all(_lower(m, told) for m in dead) and (not initial or sum(m.value for m in dead) <= sum(told.values()))


def without_earlier_dead(draft: Draft, f: SentenceFacts) -> SentenceFacts:
    """The sentence's facts without the dead it counted before the toll rose (a side the incident has not counted, "and
    three ISIS members", stays; so do the wounded, which ``casualty_rises.earlier_report`` marks)."""
    told = _told_dead(draft)
    dropped = {i for i, m in enumerate(f.mentions) if m.role == KILLED and m.parent is None and _lower(m, told)}
    dropped |= {i for i, m in enumerate(f.mentions) if m.parent in dropped}
    return replace(f, mentions=tuple(without(list(f.mentions), dropped)))


def _told_dead(draft: Draft) -> dict[str, int]:
    """The incident's dead so far, by side."""
    return {side: m.value for (role, side), (m, _) in draft.counts.items() if role == KILLED}


def _lower(m: Mention, told: dict[str, int]) -> bool:
    """The figure is below the incident's count of its side (of any side, for dead of no side)."""
    if m.side in (None, "unknown"):
        return max(told.values()) > m.value
    return m.side in told and told[m.side] > m.value


def _another_kind(draft: Draft, f: SentenceFacts) -> bool:
    """Another kind of event or perpetrator than the incident's; a kind of no name ("other": "which shook the area")
    is none."""
    return f.type_hit is not None and f.type_hit[0] != "other" and differs(draft, f) or \
        f.type_hit is not None and f.type_hit[0] == "other" and differs(draft, replace(f, type_hit=None))
