"""A speaker telling more of the event just told, in a paragraph of its own (round 65, tests in
tests/test_extract_round65_readings.py).

"The SDF on Monday announced that six of its fighters were killed when a drone struck a training ground ... The SDF's
media centre said the drone was launched late on Sunday from areas held by ...": the paragraph opens with a speaker
who says what "the drone" (the attack, the strike, the blast) told before did or where it came from; the day it names
is the event's own hour, not another event's day, so the paragraph goes on with the same incident.
"""

from __future__ import annotations

import re
from typing import Final

#: A speaker, then "the <event>" told before as the subject of the clause said: "The media centre said the drone was
#: launched", "Local sources added that the blast had hit".
_SAID_OF_IT: Final = re.compile(
    r"\W*(?:[\w'’()-]+\s+){1,6}?(?:said|says|added|reported|stated|explained)\s+(?:that\s+)?the\s+"
    r"(?:drone|attack|strike|airstrike|air\s+strike|blast|explosion|bomb|ambush|raid|shelling|device|missile|rocket)s?\s+"
    r"(?:was|were|had|has|came|hit|struck|targeted|took|happened|occurred)\b", re.IGNORECASE)


def said_of_the_event(text: str) -> bool:
    """The sentence ``text`` opens with a speaker telling more of "the drone", "the attack" or "the blast" told before."""
    return _SAID_OF_IT.match(text) is not None
