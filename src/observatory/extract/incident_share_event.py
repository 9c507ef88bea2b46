"""A part of a larger toll that the text ties to one event it describes: an incident, not a total.

Roundups and period reports break a toll down and then single out one event inside it: "Among the dead are 17
civilians who were killed when helicopters dropped barrel bombs on X", "The toll includes 8 soldiers who were killed
on Thursday when cells attacked their post near Y", "Among them were 46 shepherds killed in the massacre near Z on
May 3". The part is that event's own toll (the larger figure stays the total). Parts tied only to events in general
("Among the dead are 12 who were killed in clashes and airstrikes", "... killed in attacks in several provinces") stay
shares of the total.
"""

from __future__ import annotations

import re

from observatory.extract.events import event_type
from observatory.extract.incident_bounds import MANY_EVENTS
from observatory.extract.numbers import number_words

#: The opening that singles out a part of the toll told before ("Among the dead were", "The toll includes",
#: "Of them,", "Among the soldiers killed was", "Among the dead of the factions are", "Among them 39 civilians ...").
_PART_OPENING = re.compile(
    r"\s*(?:Among\s+(?:them|whom|those\s+killed|the\s+(?:[\w-]+\s+){0,2}?(?:dead|victims|killed|fatalities|casualties|"
    r"soldiers|civilians|fighters|members|militiamen|people|deaths)(?:\s+of\s+(?:the\s+)?[\w-]+(?:\s+[\w-]+)?)?)"
    r"(?:\s+(?:killed|documented))?\s*,?\s+(?:were|are|was|is)"
    r"|The\s+(?:death\s+)?(?:toll|dead|victims|fatalities|deaths)\s+(?:also\s+)?(?:includes?|included|comprises?|comprised)"
    r"|Of\s+(?:them|these|those|the\s+dead)\s*,"
    r"|Among\s+(?:them|those|these)\s*,?\s+(?=" + number_words(r"\d[\d,]*") + r"\s))\b",
    re.IGNORECASE)
#: The relative clause that ties the part to an event ("who were killed when", "killed in the massacre").
#: Read from the verb ("killed", "died"), so that the clause is the verb's own; a span of time ("in the past month",
#: "during the last week") ties the part to a period, not to an event.
_TIED = re.compile(r"(?:killed|died|lost\s+their\s+lives)\s+(?:(?:on|this|last|yesterday|earlier)\b[^,.;]{0,30}?\s+)?"
                   r"(?P<tie>(?:when|as|after)\b|in\s+(?:an?|the)\b(?!\s+(?:past|last|previous|same|first|second)\b|"
                   r"\s+(?:period|month|week|year|day)s?\b)|by\s+(?:an?|the)\b)", re.IGNORECASE)
#: Words that make the event several ("in both provinces", "in several areas", "across the country").
_SEVERAL = re.compile(r"\b(?:both\s+provinces|several|various|different|across|throughout|respectively|"
                      r"a\s+(?:series|wave)\s+of)\b", re.IGNORECASE)
#: One event named by a noun that gives no kind ("killed in the massacre near X"): the event is still one.
_ONE_EVENT_NOUN = re.compile(r"\b(?:in|during)\s+(?:an?|the)\s+(?:[\w-]+\s+){0,2}?(?:massacre|attack|incident|blast|explosion|assault)\b"
                             r"(?!\s+(?:on|in)\s+(?:several|various|different))", re.IGNORECASE)
_KILLED = re.compile(r"\b(?:killed|died|lost\s+their\s+lives)\b", re.IGNORECASE)


def part_told_as_event(chunk: str) -> bool:
    """The sentence singles out a part of the toll before and ties it to one event it describes (see module doc)."""
    opening = _PART_OPENING.match(chunk)
    if opening is None:
        return False
    killed = _KILLED.search(chunk, opening.end())
    return killed is not None and tied_to_one_event(chunk[killed.start():])


def tied_to_one_event(rest: str) -> bool:
    """``rest``, read from its verb ("killed when ...", "killed in the ambush near X"), ties its dead to one event it
    describes, not to events in general or to a span of time."""
    if _TIED.match(rest) is None or _SEVERAL.search(rest):
        return False
    kind = event_type(rest)
    if kind is None:
        return _ONE_EVENT_NOUN.search(rest) is not None
    return MANY_EVENTS.fullmatch(rest[kind[1]:kind[2]]) is None or _one_place_strikes(rest, kind)


#: Plural strikes or shells on one named place ("in airstrikes by X on the city of Y"): one bombardment.
_ON_PLACE = re.compile(r"\s+(?:by\s+[^,.;]{1,60}?\s+)?(?:on|targeting|that\s+(?:hit|targeted))\s+(?:the\s+)?"
                       r"(?:town|city|village|neighbou?rhood|camp|market)\b", re.IGNORECASE)


def _one_place_strikes(rest: str, kind: tuple[str, int, int]) -> bool:
    """Plural strikes that hit one named town, city or neighbourhood: one same-day bombardment."""
    word = rest[kind[1]:kind[2]].lower()
    return word.endswith("strikes") and _ON_PLACE.match(rest, kind[2]) is not None
