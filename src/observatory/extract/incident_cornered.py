"""A wanted man who blew himself up when cornered, told as an event of its own: a suicide bombing.

"On Monday, a cell member blew himself up with an explosive belt after being surrounded in a house, killing two of
the gunmen": the sentence opens an incident, and the blast is the first event it tells, so the incident is a suicide
bombing (the written sets label it so). Told inside the raid that cornered him ("... stormed a house, where a wanted man
detonated his belt when the patrol surrounded him", or a later sentence of the raid's account), the raid stays the
event (events_cornered.CORNERED blanks the blast from the sentence's kind).
"""

from __future__ import annotations

import re
from dataclasses import replace

from observatory.extract.drafts import Draft, SentenceFacts
from observatory.extract.events import event_type
from observatory.extract.events_cornered import CORNERED, CORNERED_STEMS
from observatory.extract.gates import folded, has_any
from observatory.extract.text import Sentence


def cornered_bombing(text: str) -> tuple[int, int] | None:
    """The span of a cornered man's blast that is the first event ``text`` tells; None otherwise."""
    if not has_any(folded(text), CORNERED_STEMS):
        return None
    m = CORNERED.search(text)
    if m is None or event_type(text[:m.start()]) is not None:
        return None  # (a raid told first: "forces stormed a house, where a man blew himself up ...")
    return m.start(), m.end()


#: Kinds of the incident before under which a cornered man's blast is the raid's own end, told on (the raid that
#: cornered him stays the event: "Troops stormed the house. The leader blew himself up after being surrounded").
_RAID_KINDS = frozenset({"attack", "ambush", "assassination", "abduction", "execution"})
#: An hour of its own opening the sentence: "At noon,", "Around midday,", "Later that day,", "Hours later,", "In the
#: evening,", "At about 2 p.m.," (a blast told without one, "One of the leaders blew himself up after being
#: surrounded, the correspondent added", is the fighting's own end).
_OWN_HOUR = re.compile(r"\s*(?:(?:at|around|about|by|towards?|shortly\s+(?:after|before)|in\s+the|later\s+in\s+the)\s+"
                       r"(?:around\s+|about\s+|the\s+)?(?:noon|midday|midnight|dawn|dusk|daybreak|nightfall|sunset|sunrise|"
                       r"morning|afternoon|evening|night|\d{1,2}(?:[:.]\d\d)?\s*(?:am|pm|a\.m\.|p\.m\.|o'clock))|"
                       r"later(?:\s+(?:that|the\s+same)\s+(?:day|morning|afternoon|evening|night))?|"
                       r"(?:hours|minutes|an\s+hour|shortly|soon)\s+(?:later|afterwards?|after(?:\s+that)?))\b", re.IGNORECASE)


def cornered_kind(draft: Draft | None, f: SentenceFacts, work: str, unit: Sentence) -> tuple[SentenceFacts, bool]:
    """The facts of a sentence that tells no other kind of event but a cornered man's blast, at an hour of its own
    ("Around midday, an ISIS commander, surrounded inside a house, set off his explosive belt."), with the blast as
    their kind and True: a suicide bombing of its own after the fighting told before, opening an incident; the facts
    unchanged and False otherwise (and under a raid told before, whose end it tells)."""
    if f.type_hit is not None or draft is not None and draft.type_hit is not None and draft.type_hit[0] in _RAID_KINDS:
        return f, False
    bomb = cornered_bombing(work[unit.start:unit.end]) if _OWN_HOUR.match(work, unit.start) else None
    if bomb is None:
        return f, False
    return replace(f, type_hit=("suicide_bombing", unit.start + bomb[0], unit.start + bomb[1])), True
