"""A source's account of the incident just told, pointing back at it by its kind: "the attack", "the blast".

Handled: "A bomb went off near a convoy in A, killing an officer", then "The monitor said the blast occurred near the
gas plant, adding that a driver was hurt"; "Gunmen stormed a post in B", then "According to the source, the assault
began at dawn". The sentence names its source ("X said", "according to X"), then the incident itself by the word for
an event or its doers with the definite article ("the attack", "the exchange of fire", "the attackers", "the gunmen",
"ISIS launched the assault"), on no day of its own: it tells more of the same incident, however it names the
event's kind or spot. So does a source's account of the same party doing the same kind of thing ("Russian jets
carried out 30 strikes on caves, the monitor said") on no day, at no place but the incident's, opening on no time,
place or new thing ("On Monday", "In B", "A drone").

Not: a sentence told as another ("also", "separately", "another"), one set hours or days apart, one dated to another
day, one whose party hits back ("responded", "later"), one whose acting party is not the incident's.
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from observatory.extract.incident_sameness import ANOTHER, place_key
from observatory.extract.incident_source_retold import REPLY, SOURCE
from observatory.extract.incident_time_shift import TIME_SHIFT, own_time

if TYPE_CHECKING:
    from observatory.extract.dates import DateMention
    from observatory.extract.drafts import Draft, SentenceFacts

_KIND = r"(?:[a-z-]+\s+)?(?:attacks?|assault|blast|explosion|bombing|ambush|raid|clashes|fighting|shelling|bombardment|" \
        r"strikes?|airstrikes?|exchange\s+of\s+fire|attackers|assailants|gunmen)\b"
#: The sentence opens with its source: "According to the statement, ", "The monitor said (in a statement) (that) ".
_OPENS = re.compile(r"\A\s*(?:according\s+to\s+[^,.]{1,80},\s*|[^,.;]{1,80}?\b(?:said|says|reported|stated|added|"
                    r"told\s+[^,.;]{1,40}?)\s+(?:in\s+a\s+statement\s+)?(?:that\s+)?)", re.IGNORECASE)
#: "the attack" as the told clause's subject ("said the blast occurred", "and that the attackers withdrew") or as
#: what the toll fell in ("were killed during the exchange of fire").
_POINTER = re.compile(rf"\A\s*the\s+{_KIND}|\bthat\s+the\s+{_KIND}|\bduring\s+the\s+{_KIND}|"
                      rf"\A[^,.;]{{1,40}}?\b(?:launched|carried\s+out|began|started|mounted|staged)\s+the\s+{_KIND}",
                      re.IGNORECASE)
#: "also" of a casualty ("was also injured"): more of the same toll, not another event.
_ALSO_HURT = re.compile(r"\b(?:(?:were|was)\s+also|another(?:\s+was)?)\s+(?:killed|injured|wounded|hurt)\b", re.IGNORECASE)
#: A sentence set at a time, place or turn of its own before its event: "On Monday, ...", "Earlier, ...", "In B, ...",
#: or opening on a thing not told before ("A drone struck ...").
_FRONTED = re.compile(r"\A\s*(?:on|in|at|earlier|later|following|after|before|during|since|when|an?)\b", re.IGNORECASE)
_SEPARATE = re.compile(r"\bseparate\b", re.IGNORECASE)
#: "a second", "other": more than the one event.
_APART = re.compile(r"\b(?:separate|second|other)\b", re.IGNORECASE)
#: A date phrase that names a day ("on Monday", "May 3"), not a time of the day ("at dawn", "this morning").
_DAY_NAMED = re.compile(r"\d|\b(?:mon|tues|wednes|thurs|fri|satur|sun)day\b|\b(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|"
                        r"nov|dec)[a-z]*\b|\byesterday\b", re.IGNORECASE)


def _points_back(text: str) -> bool:
    """The sentence opens with its source and names the incident by its kind with "the"."""
    head = _OPENS.match(text)
    return head is not None and _POINTER.search(text[head.end():]) is not None


def _own_day(draft: Draft, day: DateMention) -> bool:
    """Whether the sentence's date phrase sets it on a day other than the incident's ("at dawn" does not)."""
    told = draft.date
    if day.value is not None:
        return told is None or told.value != day.value
    return _DAY_NAMED.search(day.text) is not None and (told is None or told.text.lower() != day.text.lower())


def source_kind_back(draft: Draft, f: SentenceFacts, text: str) -> bool:
    """Whether the sentence is a source's account pointing back at the incident being told by its kind."""
    if ANOTHER.search(_ALSO_HURT.sub(" ", text)) or _SEPARATE.search(text) or TIME_SHIFT.search(own_time(text)) or REPLY.search(text):
        return False
    if f.perpetrator is not None and draft.perpetrator is not None and f.perpetrator.side != draft.perpetrator.side:
        return False  # another party acts
    if any(_own_day(draft, d) for d in f.dates):
        return False  # another day's event
    if _points_back(text):
        return True
    return _same_deed(draft, f, text)


def _same_deed(draft: Draft, f: SentenceFacts, text: str) -> bool:
    """A source's account of the same party doing the same kind of thing, on no day, at no place of its own."""
    if SOURCE.search(text) is None or f.dates or _FRONTED.match(text) or _APART.search(text):
        return False
    if f.perpetrator is None or draft.perpetrator is None or f.type_hit is None or draft.type_hit is None \
            or f.type_hit[0] != draft.type_hit[0]:
        return False
    known = {place_key(p.name) for p in draft.places}
    return not known or all(place_key(p.name) in known for p in f.places)
