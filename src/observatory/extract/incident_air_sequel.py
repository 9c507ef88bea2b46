"""Another side's aircraft striking later: "Regime warplanes later pounded the area" after a coalition strike, "Regime
aircraft later carried out raids on the area" after a battle.

Air or drone strikes told as coming later ("warplanes later ...") by a side that is not the incident's perpetrator are
an event of their own, even when the incident is a strike of the same kind by another side, or a fight (whose own
shelling is part of it, but not another side's aircraft that came afterwards). So are strikes told as carried out
"after the ambush" with a toll of their own, and aircraft striking "in response" ("In response, Russian warplanes
carried out dozens of strikes on the area"; on targets of their own where the sentence opens on the reply: "In
response, U.S. F-15 fighter jets struck facilities in eastern Syria"), and aircraft the event is told to have prompted
("The attack prompted Russian warplanes to carry out more than 25 strikes on the hills").
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from observatory.extract.mention_sides import KILLED

if TYPE_CHECKING:
    from observatory.extract.drafts import Draft, SentenceFacts

#: Kinds of event carried out from the air.
_FROM_THE_AIR = frozenset({"airstrike", "drone_strike"})
#: The aircraft as the subject, then "later": "Regime warplanes later pounded", "Russian jets also later struck".
_AIRCRAFT_LATER = re.compile(
    r"\b(?:warplanes|war\s+planes|jets|aircraft|helicopters|drones)\s+(?:also\s+)?"
    r"(?:later|subsequently|afterwards)\b",
    re.IGNORECASE,
)

#: The aircraft as the subject, striking "after the ambush" (or attack, assault) told before.
_AFTER_THE_EVENT = re.compile(
    r"\b(?:warplanes|war\s+planes|jets|aircraft|helicopters|drones)\s+(?:also\s+)?(?:carried\s+out|launched|"
    r"conducted)\b[^.;]*?\b(?:after|following)\s+the\s+(?:ambush|attack|assault)\b",
    re.IGNORECASE,
)


def _others_aircraft(draft: Draft, f: SentenceFacts) -> bool:
    """The sentence tells air or drone strikes by a side that is not the incident's perpetrator (where it has one)."""
    if f.type_hit is None or f.type_hit[0] not in _FROM_THE_AIR or f.perpetrator is None:
        return False
    return draft.perpetrator is None or draft.perpetrator.side != f.perpetrator.side


#: Strikes counted on the area of the fight told before: "Russian warplanes carried out more than 30 airstrikes on the
#: area", "jets launched dozens of raids on the area in support of the troops".
_COUNTED_ON_AREA = re.compile(
    r"\b(?:warplanes|war\s+planes|jets|aircraft|helicopters|drones)\s+(?:have\s+|had\s+)?(?:also\s+)?"
    r"(?:carried\s+out|launched|conducted|carrying\s+out)\s+(?:at\s+least\s+|more\s+than\s+|over\s+|about\s+|"
    r"around\s+|nearly\s+|some\s+)?(?:\d+|dozens\s+of|[a-z]+ty(?:-[a-z]+)?|ten|eleven|twelve|[a-z]+teen)\s+"
    r"(?:air\s?strikes|air\s+raids|raids|strikes)\s+on\s+the\s+area\b",
    re.IGNORECASE,
)
#: The event told before named as the cause of another side's air strikes: "The attack prompted Russian warplanes to
#: carry out more than 25 strikes", "the ambush triggered raids by regime jets", "the assault drew a response from
#: Russian aircraft".
_PROMPTED = re.compile(
    r"\b(?:the|this|that)\s+(?:[\w-]+\s+)?(?:attack|ambush|assault|raid|offensive|infiltration)\s+(?:also\s+)?"
    r"(?:prompted|triggered|provoked|drew|led)\b[^.;]{0,40}?\b(?:warplanes|war\s+planes|jets|aircraft|helicopters|drones)\b",
    re.IGNORECASE,
)
#: Fights on the ground, the area of which another side's aircraft may then strike.
_GROUND_FIGHTS = frozenset({"attack", "ambush", "clash"})


def air_sequel(draft: Draft, f: SentenceFacts, text: str) -> bool:
    """The sentence tells another side's aircraft striking after the incident, or counts their strikes on the area of
    a fight on the ground ("Russian warplanes carried out more than 30 airstrikes on the area"): an incident of its own."""
    if not _others_aircraft(draft, f):
        return False
    on_area = (
        draft.type_hit is not None and draft.type_hit[0] in _GROUND_FIGHTS and _COUNTED_ON_AREA.search(text) is not None
    )
    return (
        _AIRCRAFT_LATER.search(text) is not None or strikes_after(draft, f, text) or on_area or struck_in_response(text)
        or _PROMPTED.search(text) is not None or _OPENS_IN_RESPONSE.match(text) is not None and _AIRCRAFT.search(text) is not None
    )


#: Aircraft striking "in response" to the incident: "In response, Russian jets carried out 25 strikes on hideouts in
#: the area", "Russian warplanes carried out air strikes on the hideouts in the area in response" ("in response to X"
#: names another event).
_IN_RESPONSE = re.compile(r"\bin\s+(?:response|retaliation)\b(?!\s+to\b)", re.IGNORECASE)
_AIRCRAFT = re.compile(r"\b(?:warplanes|war\s+planes|jets|aircraft|helicopters)\b", re.IGNORECASE)
#: A sentence that opens on the reply ("In response, U.S. F-15 fighter jets struck facilities in eastern Syria used by
#: groups affiliated with ..."): the aircraft's strikes are the reply to the incident, an event of their own wherever
#: they fell.
_OPENS_IN_RESPONSE = re.compile(r"\s*In\s+(?:response|retaliation)\s*,")
#: The place of the incident named back: "in the area", "on the area".
_THE_AREA = re.compile(
    r"\b(?:in|on)\s+the\s+(?:same\s+)?area\b(?!\s+(?:of|between|from|near|around|since)\b)", re.IGNORECASE
)


def struck_in_response(text: str) -> bool:
    """Aircraft named as striking "in response" on the area of the incident told so far (not in response to another
    event, nor on targets of their own)."""
    return all(r.search(text) is not None for r in (_IN_RESPONSE, _AIRCRAFT, _THE_AREA))


def strikes_on_area(before: Draft, part: Draft, text: str) -> bool:
    """``part`` (told in ``text``) counts another side's air strikes on the area of the fight on the ground ``before``
    ("Russian warplanes carried out more than 20 airstrikes on the area"): an incident of its own, though it names no
    place."""
    if (
        before.type_hit is None
        or before.type_hit[0] not in _GROUND_FIGHTS
        or part.type_hit is None
        or part.type_hit[0] not in _FROM_THE_AIR
    ):
        return False
    if part.perpetrator is None or before.perpetrator is not None and before.perpetrator.side == part.perpetrator.side:
        return False
    return _COUNTED_ON_AREA.search(text) is not None


def strikes_after(draft: Draft, f: SentenceFacts, text: str) -> bool:
    """Another side's aircraft striking "after the ambush" (or prompted by it) with a toll of their own ("Russian
    warplanes carried out several strikes on the area after the ambush, killing four ISIS members", "The attack prompted
    Russian warplanes to carry out 25 strikes ..., which killed four ISIS members"): an incident of its own, even where
    its dead are the attackers of the incident (whose perpetrator must be known)."""
    if draft.perpetrator is None or not _others_aircraft(draft, f):
        return False
    return (_AFTER_THE_EVENT.search(text) is not None or _PROMPTED.search(text) is not None) and any(
        m.role == KILLED and not m.quantity.vague for m in f.mentions
    )
