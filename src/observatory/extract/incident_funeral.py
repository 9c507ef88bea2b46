"""The funeral of the incident's dead ("Hundreds of people took part in the funerals of the dead in B on Friday,
chanting against ..."): what followed the event, told with its own day and town, but no event of its own; the
sentence (and what it leads on to) stays with the incident it mourns.
"""

from __future__ import annotations

import re

_FUNERAL = re.compile(
    r"\b(?:took\s+part|participated|joined|attended|marched|gathered)\s+(?:in\s+|at\s+)?(?:the\s+)?"
    r"funerals?\b|\bfunerals?\s+(?:of|for)\s+the\s+(?:dead|victims|slain)\b",
    re.IGNORECASE,
)


def funeral_told(text: str) -> bool:
    """Whether the sentence tells of the funeral of the incident's dead."""
    return _FUNERAL.search(text) is not None
