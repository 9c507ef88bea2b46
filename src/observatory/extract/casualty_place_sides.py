"""A group named only to describe a place, not the dead (used by ``casualty_sentence_sides.resolve_side``).

"The death toll from a bomb attack on buses carrying evacuees from two besieged pro-government towns rose to 126",
"the toll of the shelling on rebel-held villages rose to 30": the group that holds or backs the towns says where the
victims came from or where the event fell, not who the dead were, so a risen toll does not take its side from it.
"""

from __future__ import annotations

import re
from typing import Final

from observatory.extract.actors import ActorMatch

#: The group's words, then (after "-held"/"-controlled", up to two words of a name or adjective, no preposition and no
#: noun of people: not "pro-regime fighters in areas") a noun of places.
_PLACE_AFTER: Final = re.compile(r"(?:-(?:held|controlled|run|besieged|backed|majority)\b)?\s+"
                                 r"(?:(?!(?:in|of|from|at|near|and|on|to|by|with|fighters|members|soldiers|troops|forces|"
                                 r"militiamen|gunmen|militias?|people|civilians)\b)[\w'-]+\s+){0,2}?"
                                 r"(?:towns?|villages?|areas?|neighbou?rhoods?|districts?|regions?|cities|city|enclaves?|"
                                 r"suburbs?|quarters?|territor(?:y|ies)|zones?|localities|locality|communities)\b"
                                 # (not a unit named after its place: "the YPG district defence units", "village guards")
                                 r"(?!\s+(?:defen[cs]e|guards?|units?|fighters|militias?|militiamen|forces|police|brigades?|"
                                 r"battalions?|commanders?|members)\b)")


def names_a_place(work: str, a: ActorMatch) -> bool:
    """Whether the group ``a`` is named only as what describes places after it ("pro-government towns",
    "rebel-held villages")."""
    return _PLACE_AFTER.match(work, a.end) is not None
