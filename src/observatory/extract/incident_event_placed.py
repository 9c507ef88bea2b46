"""Where an unplaced incident happened, told by a later sentence that retells the event with its place.

Construction handled: an incident told with no place at all ("gunmen ambushed a bus in eastern Syria"), then a
sentence that is not an incident of its own (no toll of its own; skipped as background because of a tail such as
"a vast area where IS has been hiding since 2019") which tells the event again with a place phrase tied to its verb:
"SOHR said the bus was attacked near the town of X in the Y desert", "the bus came under fire near the village of X",
"the jihadists struck a position in the desert east of X". The places from that phrase on are the incident's.

Left alone: an incident already placed (a later sentence's places are other events' or background), a sentence that
tells a toll of its own (a new incident, or another party's count), a sentence about another event or time ("a
similar convoy was hit near X", "last year, a bus was attacked near X"), and a place that does not follow the event verb
closely with a place preposition ("the attack, which IS claimed from Raqqa, ...": a place not tied to the verb).
"""

from __future__ import annotations

import re
from typing import Protocol

from observatory.extract.places import PlaceMention

#: the event verb is followed, within a short phrase, by a settlement it happened at: "near (the village of) X",
#: "the town of X", "east of X" (not a region it merely lies in: "raids on positions in the Badia").
_BESIDE = 60
_PLACE_WORD = re.compile(r"(?:\bnear\s+(?:the\s+(?:town|village|city)\s+of\s+)?|\b(?:town|village|city)\s+of\s+|"
                         r"\b(?:north|south|east|west)(?:-?(?:east|west))?\s+of\s+)$", re.IGNORECASE)
#: a past verb of attack the event is retold with: "came under fire", "struck a position", "was ambushed" (not a
#: noun of a kind of event: "explosions had been heard near X" tells what was heard, not where the event struck).
_STRUCK = re.compile(r"\b(?:came\s+under\s+(?:heavy\s+)?(?:fire|attack)|(?:was|were)\s+(?:attacked|ambushed|targeted|struck|hit)|"
                     r"(?:attacked|ambushed|targeted|struck|stormed)\s+(?:a|an|the|their|its)\b[^,;:]*?)", re.IGNORECASE)
#: a sentence about another event before its verb ("a similar convoy was hit near X", "another bus came under fire
#: near X"; not "struck a position near A and another near B", the same attack's second target) or about another time
#: ("last year, a convoy was hit near X", "a bus was attacked near X in 2020", "... was hit near X as well"): its
#: place is not the incident's.
_OTHER_EVENT = re.compile(r"\b(?:similar|another|a\s+second|a\s+separate|previous(?:ly)?|separately|elsewhere)\b",
                          re.IGNORECASE)
_OTHER_TIME = re.compile(r"\b(?:as\s+well|last\s+(?:week|month|year)|(?:days?|weeks?|months?|years?)\s+ago|"
                         r"in\s+(?:19|20)\d\d)\b", re.IGNORECASE)
#: a clause that turns to another event or time before the place ("..., after ... in X", "..., when ... in X").
_TURN = re.compile(r"[,;:]|\b(?:after|before|since|while|when|as|which|who|where)\b", re.IGNORECASE)


class _Draft(Protocol):
    places: list[PlaceMention]


class _Start(Protocol):
    @property
    def start(self) -> int: ...


class _Facts(Protocol):
    @property
    def sentence(self) -> _Start: ...
    @property
    def sentence_text(self) -> str: ...
    @property
    def mentions(self) -> tuple[object, ...]: ...
    @property
    def places(self) -> tuple[PlaceMention, ...]: ...


def took_event_place(draft: _Draft, f: _Facts) -> bool:
    """Give an incident with no place the places a tolless sentence retelling its event ties to its verb; True if it
    took them."""
    if draft.places or f.mentions or _OTHER_TIME.search(f.sentence_text):
        return False
    verb = _STRUCK.search(f.sentence_text)
    if verb is None or _OTHER_EVENT.search(f.sentence_text, 0, verb.start()):
        return False
    end = verb.end() + f.sentence.start
    for k, place in enumerate(f.places):
        if place.start < end:
            continue
        gap = f.sentence_text[end - f.sentence.start:place.start - f.sentence.start]
        if place.start - end > _BESIDE or _TURN.search(gap) or not _PLACE_WORD.search(gap):
            return False
        draft.places.extend(f.places[k:])
        return True
    return False
