"""A name after a place word that a person's apposition follows: a man, not where the event happened.

Construction served: "blew himself up near al-Rawi, an Iraqi whose real name was ...", "opened fire on al-Hamad, a
Jordanian who fought with the group": the capitalised name after "near" or "on" is the person the apposition
describes (his nationality, then "who", "whose", "of" or "from"), so it is no place of the event. An apposition that
describes a place ("near Kafr Nabl, a town in the south of Idlib") keeps the place, and so does one that opens the
sentence's subject ("In the countryside of Quneitra, a former commander of a faction was shot dead").
"""

from __future__ import annotations

import re
from typing import Final

_PERSON_APPOSED: Final = re.compile(
    r",\s+(?:an?|the)\s+(?:(?:Iraqi|Syrian|Saudi|Jordanian|Egyptian|Tunisian|Lebanese|Iranian|Afghan|Pakistani|Chechen|"
    r"Palestinian|Kuwaiti|Libyan|Moroccan)\s+(?:national\s+)?)(?:whose|who|of|from)\b"
)


def person_apposed(work: str, end: int) -> bool:
    """Whether the name ending at ``end`` is followed by a person's apposition (", an Iraqi whose ...")."""
    return _PERSON_APPOSED.match(work, end) is not None
