"""A sentence that opens with its source and tells more figures of the incident told just before it.

Handled: "According to SOHR, three members of the gang and one of the local gunmen were killed, while seven others
were wounded" after "Clashes broke out between local gunmen and a gang in X, leaving four people dead"; "According
to SOHR sources, the death toll has risen to seven, after two of the injured succumbed to their wounds this morning"
after a clash in a named town; "The Observatory said that five of the dead were soldiers". A sentence that names its
source first ("According to ...,", "SOHR sources said that"), then no place at all and no kind of event of its own
(naming the gunmen of the fight told is no event), gives the figures of the incident being told, not another one
(a day it names counts only with a rising toll: "succumbed this morning"). Told with "also", "another" or "meanwhile",
it stays another event.
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from observatory.extract.incident_sameness import ANOTHER
from observatory.extract.incident_stray_fire import hit_by_stray_fire

if TYPE_CHECKING:
    from observatory.extract.drafts import Draft, SentenceFacts

#: "According to SOHR,", "According to the Syrian Observatory for Human Rights (SOHR),", "SOHR sources said that",
#: "The Observatory reported that", "The UK-based war monitor said", "Medical sources confirmed".
_ATTRIBUTED = re.compile(r"\s*[\"']?(?:According\s+to\s+(?:the\s+)?[^,.;]{2,80}?,|"
                         r"(?:(?:the\s+)?(?:(?:UK|Britain|London)-based\s+)?(?:war\s+)?(?:SOHR|Observatory|monitor|Syrian\s+Observatory(?:\s+for\s+Human\s+Rights)?(?:\s+\(SOHR\))?)"
                         r"(?:\s+(?:sources|activists))?|(?:[\w-]+\s+)?sources)\s+(?:also\s+)?(?:said|says|reported|added|"
                         r"confirmed|documented|learned|stated)\b)", re.IGNORECASE)
#: A rising toll: a day named with it is when the wounded died, not another event's day.
_TOLL_ROSE = re.compile(r"\btoll\s+(?:has\s+|had\s+)?(?:risen|rose|climbed|increased|reached)\b|\bsuccumb", re.IGNORECASE)
_GUNMEN = re.compile(r"gunmen", re.IGNORECASE)


def more_of_it(draft: Draft, f: SentenceFacts, text: str) -> bool:
    """Whether the sentence, told after its source, only gives more figures of the incident being told (or tells only
    people hit by a stray bullet of its fight, ``incident_stray_fire``)."""
    if hit_by_stray_fire(draft, f, text):
        return True
    if not f.mentions or f.places or not draft.places or not _ATTRIBUTED.match(text) or ANOTHER.search(text):
        return False
    if f.type_hit is not None and (draft.type_hit is None or f.type_hit[0] != draft.type_hit[0]):
        keyword = f.sentence_text[f.type_hit[1] - f.sentence.start:f.type_hit[2] - f.sentence.start]
        if _GUNMEN.fullmatch(keyword) is None:
            return False  # its own kind of event ("gunmen" names who fought, not what was done)
    return not f.dates or _TOLL_ROSE.search(text) is not None
