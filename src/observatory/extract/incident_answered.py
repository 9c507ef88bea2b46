"""The event a strike answered, told inside the strike's own sentence after "after" or "following".

Construction served: a lead telling fire from afar in its place ("Unidentified drones struck militia positions in A on
Monday, hours after a rocket attack targeted the US base at B"; "Russian jets pounded hideouts between A and C,
following an attack by ISIS cells on positions near D"): the event answered is of another kind, done by someone
newly named ("a rocket attack", "ISIS cells", "local fighters"), in a place of its own or with its own dead. It is an
incident of its own, cut off from the strike's sentence.

Not this construction: an answer named as such before the cut ("The strikes came after ..."), an event named back
("after the attack"), an event of the strike's own kind, and an event that has neither a place of its own nor dead.
"""

from __future__ import annotations

import re
from dataclasses import replace
from typing import Final

from observatory.extract.events import event_type
from observatory.extract.places import place_mentions
from observatory.extract.text import Sentence
from observatory.models import FIRE_FROM_AFAR

#: ", hours after", " after", ", following": where the strike's sentence turns to what it followed.
_AFTER: Final = re.compile(
    r"(?:,\s*|\s+)(?:(?:hours|minutes|shortly|a\s+day|days)\s+)?(?:after|following)\s+", re.IGNORECASE
)

#: The answered event newly named: "a rocket attack", "an attack by", "local fighters attacked", "ISIS cells".
_NEWLY_NAMED: Final = re.compile(
    r"(?:an?\s+|(?:local|unknown|unidentified)\s+\w+|(?:ISIS|IS|HTS|rebel|jihadist)\s+(?:cells|fighters|militants)\b)",
    re.IGNORECASE,
)

#: The strike named only as the answer: "The strikes came", "The bombardment comes".
_ANSWER_HEAD: Final = re.compile(
    r"\s*(?:The|These|This)\s+(?:[\w-]+\s+){0,2}?(?:came|comes|come|started|began)\b", re.IGNORECASE
)

_OWN_DEAD: Final = re.compile(r"\b(?:killing|killed|wounding|injuring|left)\b", re.IGNORECASE)


def answered_parts(work: str, sent: Sentence) -> list[Sentence]:
    """The sentence cut where a strike's lead turns to the event it followed ([strike, answered event], the second
    marked as recalled), or [] when it tells no such event."""
    for m in _AFTER.finditer(work, sent.start, sent.end):
        head, tail = work[sent.start : m.start()], work[m.end() : sent.end]
        kind, answered = event_type(head), event_type(tail)
        if kind is None or answered is None or kind[0] not in FIRE_FROM_AFAR or answered[0] == kind[0]:
            continue
        if _ANSWER_HEAD.match(head) or not _NEWLY_NAMED.match(tail):
            continue
        told = {p.name.lower() for p in place_mentions(work, sent.start, m.start())}
        own = [p for p in place_mentions(work, m.end(), sent.end) if not p.governorate and p.name.lower() not in told]
        if own or _OWN_DEAD.search(tail):
            return [
                replace(sent, end=m.start()),
                replace(sent, start=m.end(), first_in_paragraph=False, clause=False, inherits=False, recalled=True),
            ]
    return []
