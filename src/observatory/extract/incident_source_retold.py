"""A source's account of the incident just told: a sentence that says who told it and names back what was hit.

Handled: "A drone struck a car near A, killing two men", then "The monitor said the car burst into flames when two
missiles struck it beside B" or "Local sources said the house belonged to a trader from B"; "The ministry said 11 soldiers
died when the bus was attacked near C". The sentence names its source ("X said", "according to X", "X told Y"),
then "the <thing>" that the incident's own text introduced ("a car", "a bus", "an IED"), or the same doer at places all
of which the incident's text named and no casualties of its own, on no other day: it tells where and how the same
incident happened, however precisely it names the spot.

Not: a sentence told as another ("also", "meanwhile", "separately", "another"), one set hours or days apart ("hours
later", "a day earlier"), one dated to another day, or one whose "the" names a thing the incident did not introduce.
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from observatory.extract.incident_month_event import month_event
from observatory.extract.incident_sameness import ANOTHER
from observatory.extract.incident_time_shift import TIME_SHIFT, own_time

if TYPE_CHECKING:
    from observatory.extract.drafts import Draft, SentenceFacts

#: "X said (that)", "according to X", "X told Y", "X quoted ...", ", the monitor added".
SOURCE = re.compile(r"\b(?:said|says|reported|added|told|stated|quoted)\b|\baccording\s+to\b", re.IGNORECASE)
#: "responded to the source of fire", "later pounded": the other side's reply, an event of its own.
REPLY = re.compile(r"\b(?:respond|retaliat|later\b)", re.IGNORECASE)
#: Kinds read from words any account of an incident uses ("a terrorist attack", "hit by two missiles").
_LOOSE_KINDS = frozenset({"attack", "shelling"})
_THE = re.compile(r"\bthe\s+(?P<noun>[a-z]{3,})\b(?!-)", re.IGNORECASE)  # (not "the government-held town")
#: Nouns whose "the" points at a place, a side or a time, not at the thing the incident introduced.
_NOT_THING = frozenset({"village", "town", "city", "area", "countryside", "outskirts", "road", "region", "vicinity",
                        "positions", "position", "headquarters", "forces", "regime", "army", "neighbourhood",
                        "neighborhood", "desert", "province", "governorate", "border", "east", "west", "north", "south",
                        "same", "two", "other", "first", "second", "third", "syrian", "turkish", "russian", "israeli",
                        "iranian", "sdf", "isis", "observatory", "monitor", "official", "local", "islamic", "group",
                        "organization", "organisation", "day", "morning", "evening", "night", "afternoon", "time",
                        "number", "death", "toll", "dead", "wounded", "injured", "killed", "rest", "others", "source",
                        "sources", "fire"})
#: "the attack/strike/shelling": the incident named by its kind, which any other incident of the kind shares.
_KINDS = frozenset({"attack", "attacks", "strike", "strikes", "shelling", "bombardment", "clashes", "fighting", "raid",
                    "raids", "airstrike", "airstrikes", "ambush", "explosion", "blast", "bombing", "assault"})


def _named_back(told: str, text: str) -> bool:
    """The sentence names "the <thing>" that the incident's text introduced with "a"/"an"."""
    for m in _THE.finditer(text):
        noun = m.group("noun").lower()
        if noun in _NOT_THING or noun in _KINDS:
            continue
        if re.search(rf"\b(?:a|an)\s+(?:[\w-]+\s+){{0,2}}?{noun}\b", told, re.IGNORECASE):
            return True
    return False


def source_retold(draft: Draft, f: SentenceFacts, told: str, text: str) -> bool:
    """Whether the sentence is a source's account of the incident being told (``told``: its text so far)."""
    if SOURCE.search(text) is None or ANOTHER.search(text) or TIME_SHIFT.search(own_time(text)) or REPLY.search(text) \
            or month_event(text):
        return False  # (nor "In January, a health worker ... was shot dead ..., according to the Observatory": round 65)
    if f.perpetrator is not None and (draft.perpetrator is None or f.perpetrator.side != draft.perpetrator.side):
        return False  # another party acts: "its fighters shelled the launch sites in reply": an event of its own
    if f.type_hit is not None and f.type_hit[0] not in _LOOSE_KINDS and \
            (draft.type_hit is None or f.type_hit[0] != draft.type_hit[0]):
        return False  # "..., with support from coalition aircraft, which struck IS positions": a kind of its own
    if f.dates and not (draft.date is not None and draft.date.value is not None
                        and all(d.value == draft.date.value for d in f.dates)):
        return False  # another day's event
    return _named_back(told, text) or _places_back(f, told)


def _places_back(f: SentenceFacts, told: str) -> bool:
    """The same doer named, with no casualties of its own, at places all of which the incident's text named before
    ("More than 18 strikes hit positions between Deir Ezzor and Albu Kamal", then "SANA said 'the Israeli enemy' had
    targeted Deir Ezzor and Albu Kamal")."""
    low = told.lower()
    return f.perpetrator is not None and not f.mentions and bool(f.places) and all(p.name.lower() in low for p in f.places)
