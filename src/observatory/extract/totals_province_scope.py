"""A toll spread over one whole province: "killed ... across the province", "across Idlib province", "across Greater
Idlib" (used by ``totals_sentences.wide_scope_toll``).

SCHEMA: several attacks reported with one joint toll give a total. A figure of the dead whose place is the whole of a
province ("drone and artillery strikes killed 16 soldiers across the province", "the death of 22 civilians across
Greater Idlib") sums what happened all over that ground, however short its day, as a toll across the country or a zone
does; the strikes the text tells stay incidents without a toll. A toll in one place of the province ("in Idlib
province", "in the countryside of Idlib") is not spread, and "separate incidents across the province" is left to the
events told one by one (``wide_scope_toll`` keeps them out).
"""

from __future__ import annotations

import re
from typing import Final

from observatory.extract.numbers import CARDINAL_WORD

#: "across the province", "throughout the whole governorate", "across Daraa province", "across Greater Idlib".
PROVINCE_SCOPE: Final = re.compile(r"\b(?:across|throughout)\s+(?:the\s+(?:whole\s+|entire\s+)?)?(?:[\w'-]+\s+)?"
                                   r"(?:province|governorate)\b(?!\s+(?:lines?|borders?|boundary))|\bacross\s+greater\s+[\w'-]+", re.IGNORECASE)

#: The toll in the same clause just before the scope (no comma and no clause opened between: ", as unrest spreads
#: across the province", "when a convoy moving across the province hit a mine", "who had driven ... across" are other
#: clauses): "killed 16 soldiers across the province", "nine civilians were killed in strikes across X province",
#: "the death of 22 civilians across Greater Idlib".
_TOLL_THEN_SCOPE: Final = re.compile(r"(?:\b(?:killed|killing|death\s+of|deaths\s+of)\s+(?:at\s+least\s+|more\s+than\s+|about\s+)?"
                                     r"(?:\d[\d,]*|" + CARDINAL_WORD + r")\b|(?:\b\d[\d,]*|\b" + CARDINAL_WORD + r")\b[^.;:,]{0,60}?"
                                     r"\b(?:killed|dead|died)\b)(?:(?!\b(?:when|who|whom|whose|which|that|where|while|after|before|as|because|had|has|have|"
                                     r"was|were|is|are)\b)[^.;:,]){0,80}?$", re.IGNORECASE)


#: ", four of them in a raid on the town of X": a share the sentence gives one event of its own; the sentence is left
#: to the reading that keeps that event (its share is not read as an incident here).
_SHARE_OF_ONE: Final = re.compile(r",\s*(?:\d[\d,]*|" + CARDINAL_WORD + r")\s+of\s+(?:them|whom)\s+(?:were\s+killed\s+|died\s+)?"
                                  r"(?:in|by)\s+(?:a|an|one)\b", re.IGNORECASE)


def province_scope_toll(chunk: str) -> bool:
    """"Drone and artillery strikes killed 16 soldiers across the province": a toll spread over one whole province."""
    return not _SHARE_OF_ONE.search(chunk) and \
        any(_TOLL_THEN_SCOPE.search(chunk, 0, m.start()) is not None for m in PROVINCE_SCOPE.finditer(chunk))
