"""A clause after ", as" in which another side strikes a town of its own: "Regime forces shelled A and B, as the
factions targeted regime positions in C with rockets, killing two soldiers" tells two events, one per side.

Look-alikes: a clause that tells how the event of the first half went on ("..., as jets carried out dozens of raids
on the area"), one whose striker is of the first half's side or is not named, and one that names no town the first
half does not name, stay with the first half (``text._as_other_side`` checks the sides and towns).
"""

from __future__ import annotations

import re
from typing import Final

#: ", as" before a subject (a name or a side's fighters) and its past verb of attack.
AS_STRIKER: Final[re.Pattern[str]] = re.compile(
    r",\s+as\s+(?=(?:the\s+)?(?:[A-Z][\w'’-]*\s+){1,3}(?:\w+\s+)?(?:targeted|shelled|attacked|struck|bombed|stormed|ambushed|"
    r"pounded|hit|fired)\b|(?:the\s+)?(?:[\w-]+\s+){0,2}?(?:forces|drones|warplanes|jets|artillery|gunmen|cells|fighters|"
    r"troops|militias|factions|helicopters)\s+(?:targeted|shelled|attacked|struck|bombed|stormed|ambushed|pounded|hit|fired)\b)"
)
