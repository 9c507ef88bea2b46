"""Fire of the incident told so far said to have fallen on other places too, with no dead or wounded there.

Handled: "shells also fell on the nearby villages of A and B, leaving material damage", "rockets also landed in the
surroundings of C", "according to local sources, mortar rounds also hit neighbouring D without causing casualties",
"the shelling also reached the outskirts of E" after a bombardment told with its toll: the same bombardment reaching
more places (SCHEMA: one same-day bombardment of several villages by one perpetrator, reported with one toll, is one
incident), not another event. The sentence must tell the projectiles or the bombardment falling or hitting, say
"also" or that the places are nearby, give no victims, no day or time of its own, no other actor, and no other kind
of event; "Meanwhile", "Separately", "Elsewhere" or "later" keep it another event. "The same wave of strikes
simultaneously hit the defence factories in F, where huge explosions were heard" (round 72) is the same fire whatever
kind its other words name.
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from observatory.extract.incident_time_shift import TIME_SHIFT

if TYPE_CHECKING:
    from observatory.extract.drafts import Draft, SentenceFacts

#: The projectiles or the bombardment falling on, or reaching, a place.
_FELL = re.compile(r"\b(?:shells|rockets|missiles|mortars|(?:mortar|artillery)\s+(?:rounds|shells)|projectiles|(?:barrel\s+)?bombs|"
                   r"shelling|bombardment)\s+(?:also\s+)?(?:fell|landed|hit|struck|reached|extended\s+to)\b", re.IGNORECASE)
#: "The same wave of strikes simultaneously hit X" (round 72): the fire told so far, whatever else the sentence names.
_SAME_WAVE = re.compile(r"\bsame\s+(?:wave|series|round|barrage|salvo)\s+of\s+(?:strikes|airstrikes|raids|missiles|shelling)\s+"
                        r"(?:also\s+|simultaneously\s+)?(?:hit|struck|targeted|reached)\b", re.IGNORECASE)
#: Said of more places than those told: "also", or places near those told.
_TOO = re.compile(r"\b(?:also|nearby|neighbou?ring|surrounding|surroundings|adjacent|vicinity)\b", re.IGNORECASE)
#: Another event, or another time, told with it.
_APART = re.compile(r"\b(?:meanwhile|separately|elsewhere|another|later|subsequently|afterwards|earlier)\b", re.IGNORECASE)
#: Kinds of fire that fall on places.
_FIRE = frozenset({"shelling", "airstrike", "drone_strike"})


def spread_of_it(draft: Draft, f: SentenceFacts, text: str, new_date: bool) -> bool:
    """Whether the sentence tells the incident's own fire falling on more places, with no victims there."""
    if f.mentions or f.dates or new_date or draft.type_hit is None or draft.type_hit[0] not in _FIRE:
        return False
    same = _SAME_WAVE.search(text) is not None
    if f.type_hit is not None and f.type_hit[0] != draft.type_hit[0] and not same:
        return False  # ("..., where huge explosions were heard" after "The same wave of strikes hit X": the strikes')
    if f.perpetrator is not None and draft.perpetrator is not None and f.perpetrator.side != draft.perpetrator.side:
        return False
    if not same and (_FELL.search(text) is None or _TOO.search(text) is None):
        return False
    return _APART.search(text) is None and TIME_SHIFT.search(text) is None
