"""A place taken after a fight: the attack of the side that took it.

Construction served: a side said to seize a place at the end of the fighting for it ("the rebels seized the town
after three days of fighting with the army", "troops took full control of the hill at the end of a two-day battle",
"the militia recaptured the village after clashes that killed ...", "the army entered the outskirts after violent
clashes with the factions"). The side that took the place began the fight for it, so the fight has a clear
initiator: an attack (SCHEMA), not a clash. Only the kind changes: the incident is the fight's, as before.

Not this construction: a place "captured" or "regained" after clashes, which the sets label clashes and attacks
alike; something else that "entered" ("hours after a truce entered into force following weeks of clashes"); a place
entered after the other side withdrew ("entered the city after the defenders withdrew, following clashes": the fight is
told as the cause of the withdrawal); a fight told with no place taken.
"""

from __future__ import annotations

import re
from typing import Final

from observatory.extract.text import sentence_around

#: "entered the town", "entered the north-western outskirts", "entered Saraqib": a place entered (not "a truce entered
#: into force").
_ENTERED: Final = (r"entered\s+(?=(?:the\s+)?(?:[\w-]+\s+){0,2}?(?:town|village|city|outskirts|neighbou?rhoods?|district|"
                   r"quarter|camp)\b|(?:the\s+)?(?-i:[A-Z]))")
#: "seized", "recaptured", "retook", "overran", "took (full) control of", "entered" a place: a place taken.
_TOOK: Final = (r"(?:seiz(?:e|ed|es|ing)|recaptur(?:e|ed|es|ing)|retook|retaken|overran|overrun|" + _ENTERED + r"|"
                r"(?:took|taken|taking|take)\s+(?:(?:full|complete|total)\s+)?control)")
#: "... after three days of intense fighting", "... at the end of a two-day battle", "... following violent clashes",
#: ending at the fight's word (no other cause between: "after the defenders withdrew").
_SEIZED_AFTER: Final = re.compile(r"\b" + _TOOK + r"\b(?:(?!\b(?:after|following|when|while|as|before)\b)[^.;\n]){0,200}?"
                                  r"\b(?:after|following|at\s+the\s+end\s+of)\s+(?:[\w-]+\s+){0,5}?"
                                  r"(?:fighting|clash(?:es)?|battles?)\b", re.IGNORECASE)


def seized_after_fight(text: str, start: int, end: int) -> bool:
    """Whether the sentence of the fight's word at text[start:end] ("fighting", "clashes") tells a side taking a place
    after a fight ("seized the town after three days of fighting")."""
    return _SEIZED_AFTER.search(text, *sentence_around(text, start, end)) is not None
