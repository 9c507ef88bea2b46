"""Someone hit by a stray bullet of the fight told just before: "Clashes broke out between the Asayish and the NDF in
al-Tai ... two NDF members were killed in the exchange of fire that followed. A civilian woman was also wounded by a
stray bullet in the nearby al-Zuhur neighborhood" (tests in tests/test_extract_round62_readings.py).

A stray bullet is a bullet of a fight: a sentence that tells only people hit by stray fire, with no one named firing
and no day of its own, after a clash or an armed attack, tells more of that incident, where it names no place or the
nearby place the bullet fell; not after another kind of event (a shelling, a bombing), nor in a place of its own ("in
the village of X"), nor told as another event ("in a separate incident", "another", "meanwhile", "two days later",
"during a quarrel", a sentence opening with "Also," or "In X,").
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from observatory.extract.drafts import Draft, SentenceFacts

_STRAY = re.compile(r"\b(?:by|from)\s+(?:an?\s+)?stray\s+(?:bullets?|fire|gunfire|rounds?)\b", re.IGNORECASE)
#: Told as another event ("also" is no such word here: "was also wounded by a stray bullet" is one more hurt).
_APART = re.compile(r"\b(?:another|separate(?:ly)?|elsewhere|meanwhile|coincid\w*|during|later|earlier|incident|same\s+day)\b|"
                    r"\A\s*(?:Also|In(?!\s+addition\b))\b", re.IGNORECASE)  # ("In addition, two civilians were killed by stray ...": more of it)
#: The place the bullet fell said to be next to the fight's: "in the nearby al-Zuhur neighbourhood".
_NEARBY = re.compile(r"\b(?:nearby|neighbou?ring|adjacent|adjoining)\b", re.IGNORECASE)
_FIGHTS = frozenset({"clash", "attack", "ambush"})


def hit_by_stray_fire(draft: Draft, f: SentenceFacts, text: str) -> bool:
    """Whether the sentence only tells people hit by a stray bullet of the fight the incident told (see module doc)."""
    if not f.mentions or f.perpetrator is not None or f.dates or draft.type_hit is None or draft.type_hit[0] not in _FIGHTS:
        return False
    if f.places and _NEARBY.search(text) is None:
        return False  # ("... by a stray bullet in the village of X": another place, another event)
    return _STRAY.search(text) is not None and _APART.search(text) is None
