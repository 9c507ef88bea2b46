"""The civilians of the war's overall toll (used by ``totals.TotalsBuilder``).

"More than 94,000 people have been killed since the uprising erupted in March 2011, including at least 34,000
civilians" or "the number of people killed since the start of the revolution rises to 292,817, among them 84,472
civilians": the war's overall toll is background, but the civilians it counts are a running total of their own. Only a
sentence that counts civilians by a figure in digits as a part of the overall ("including", "among them") is read so,
and only that figure (with its children and women); its other figures stay background. A count of the deaths of one
cause since 2011 ("at least 15,383 civilians have died under torture in the regime's detention centres since March
2011", "the number of Syrian civilians killed by the bullets of the Turkish border guards since March 2011") is no
overall toll of the war but a running total of its own (``one_cause_count``).
"""

from __future__ import annotations

import re
from typing import Final

#: "34,000 civilians", "at least 8,400 civilians": a figure in digits (with its "at least") right before "civilians".
_CIVILIANS: Final = re.compile(
    r"(?:(?:at\s+least|more\s+than|over|nearly|about|almost|some)\s+)?(?<![\d,.])\d[\d,]*\s+civilians\b", re.IGNORECASE
)


#: A death of one cause: under torture, in detention.
_ONE_CAUSE: Final = re.compile(r"\b(?:under|due\s+to|from|of)\s+torture\b|\bin\s+(?:the\s+)?(?:[\w'-]+\s+)?(?:detention|prisons?)\b",
                               re.IGNORECASE)


#: "killed by the bullets of the Turkish border guards": deaths by one force's gunfire.
_SHOT_BY: Final = re.compile(r"\b(?:killed|shot\s+dead)\s+by\s+(?:the\s+)?(?:bullets|gunfire|fire|shooting)\s+of\b", re.IGNORECASE)


def one_cause_count(chunk: str) -> bool:
    """Whether the sentence counts the deaths of one cause (torture, detention, one force's gunfire) rather than the
    war's."""
    return "tortur" in chunk.lower() and _ONE_CAUSE.search(chunk) is not None or _SHOT_BY.search(chunk) is not None


def war_civilians(chunk: str) -> bool:
    """Whether a sentence of the war's overall toll counts its civilians by a figure."""
    return _CIVILIANS.search(chunk) is not None


#: "15,000 civilians killed by Russian airstrikes", "3,000 civilians in Afrin alone": a killer's or a place's share of
#: the war's civilians, not all of them.
_SHARE: Final = re.compile(
    r"\s+(?:(?:who\s+(?:were|have\s+been|had\s+been)\s+)?(?:killed|slain)\s+(?:by|in|at)\b|at\s+the\s+hands\s+of\b|by\b|"
    r"in\s+(?:the\s+)?(?!Syria\b)[A-Z])"
)
#: "including", "among them": the civilians told as a part of the overall toll before them.
_PART_OF: Final = re.compile(r"\b(?:including|among\s+(?:them|whom)|of\s+whom)\s*(?:at\s+least\s+)?$", re.IGNORECASE)


def civilians_figure(work: str, at: int) -> bool:
    """Whether the figure at ``at`` is one of civilians told in digits as a part of the war's overall toll ("...,
    including 306,887 civilians"), not the overall toll, nor civilians told as a toll of their own ("at least 230,000
    civilians have been killed since 2011": background, as the war's overall toll is), nor a killer's or a place's share
    of them ("including 15,000 civilians killed by Russian airstrikes")."""
    found = _CIVILIANS.match(work, at)
    if found is None or _SHARE.match(work, found.end()) is not None:
        return False
    return _PART_OF.search(work, max(0, at - 30), at) is not None
