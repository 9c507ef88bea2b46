"""A side's military operation told only as "an operation": an attack by that side.

Construction served: a killing told as the work of one side's operation, with no weapon named ("the SDF carried out an
operation against an ISIS hideout, killing two", "a coalition operation in the town killed two people", "fighters
mounted an operation on an army base, killing three soldiers"). SCHEMA's `attack` is an armed assault or raid by an
identified side, so such a sentence tells an attack rather than an event of unknown kind (`other`).

Not this construction: an operations room or a named operation ("the Fath al-Mubin operations room", "Operation Peace
Spring": a name, written with a capital), an operation named as a campaign's time ("since the start of the Turkish
military operation"), a campaign of many ("military operations in the area": the plural), and an
operation that is medical, of rescue or of demining ("a surgical operation", "a rescue operation", "search operations",
"a demining operation"); and an operation in a sentence that names no armed side (the caller's check).
"""

from __future__ import annotations

import re
from typing import Final

#: "an operation", "a joint military operation", "a similar coalition operation", "the operation": one side's one deed
#: (lower case: a capital "Operation" names a campaign).
_OPERATION: Final = re.compile(
    r"\b(?i:an?|the|its|their|this|that|similar)\s+(?:(?!(?:rescue|search|surgical|medical|humanitarian|evacuation|"
    r"relief|smuggling|arrest|security|combing|sweep|sweeping|demining|de-mining|mine-clearing|clearance)\b)[\w'’-]+\s+)"
    r"{0,2}?operation\b(?!\s+rooms?\b)")
#: The operation named as a campaign's span of time ("since the start of the military operation", "the launch of the
#: operation"): a period, not the deed that killed.
_SPAN_OF: Final = re.compile(r"\b(?:(?:start|beginning|launch|outset|end|onset)\s+of|since)\s*$", re.IGNORECASE)
#: The sentence tells of dead ("killing two", "killed three", "left two dead").
_DEAD: Final = re.compile(r"\b(?:kill(?:ed|ing|s)?|dead|slain|died|neutrali[sz](?:ed|ing))\b", re.IGNORECASE)


def operation_attack(text: str) -> tuple[int, int] | None:
    """The span of "an operation" of a side told with its dead in a sentence that names no other kind of event, or
    None."""
    m = _OPERATION.search(text)
    if m is None or _DEAD.search(text) is None or _SPAN_OF.search(text, 0, m.start()) is not None:
        return None
    return m.start(), m.end()
