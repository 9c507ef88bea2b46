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
                                   r"(?:province|governorate)\b(?!(?:'s)?\s+(?:lines?|borders?|boundar(?:y|ies)))|\bacross\s+greater\s+[\w'-]+", re.IGNORECASE)

#: The toll in the same clause just before the scope (no comma and no clause opened between: ", as unrest spreads
#: across the province", "when a convoy moving across the province hit a mine", "who had driven ... across" are other
#: clauses): "killed 16 soldiers across the province", "nine civilians were killed in strikes across X province",
#: "the death of 22 civilians across Greater Idlib".
_TOLL_THEN_SCOPE: Final = re.compile(r"(?:\b(?:killed|killing|death\s+of|deaths\s+of)\s+(?:at\s+least\s+|more\s+than\s+|about\s+)?"
                                     r"(?:\d[\d,]*|" + CARDINAL_WORD + r")\b|(?:\b\d[\d,]*|\b" + CARDINAL_WORD + r")\b[^.;:,]{0,60}?"
                                     r"\b(?:killed|dead|died)\b)(?:(?!\b(?:when|who|whom|whose|which|that|where|while|after|before|as|because|had|has|have|"
                                     r"was|were|is|are)\b)[^.;:,]){0,80}?$", re.IGNORECASE)


#: Between the toll and the scope, words that tie the dead to one event or one place ("at a checkpoint near X", "in a
#: landmine blast in Y", "in the town of Z", "in Kafr Nabl") or that hang the scope on another verb ("fighters deployed
#: across", "drew anger across", "and sent panic across"): the scope is not where the dead fell (not "in a wave of").
_ONE_EVENT_OR_PLACE: Final = re.compile(r"\b(?:[Ii]n|[Aa]t|[Oo]n|[Bb]y|[Dd]uring|[Nn]ear)\s+(?:a|an|one)\s+(?!(?:wave|series|string|spate|"
                                        r"number|succession|round|campaign|barrage|day|night)\b)|\b(?:in|at)\s+the\s+(?:town|"
                                        r"village|city|neighbou?rhood|district|outskirts)\b|\b(?:in|at|near|outside)\s+(?!(?:Russian|"
                                        r"Turkish|Israeli|Iranian|American|Jordanian|Iraqi|Syrian|Kurdish|Arab|Coalition|Hezbollah)\b)"
                                        r"[A-Z][a-z]|\b(?:drew|drawing|sent|sending|sparked|sparking|fled|fleeing|deployed|stationed|"
                                        r"moving|travell?ing|heading|grazing|trying|spread|spreading|caus(?:ed|ing)|prompt(?:ed|ing)|"
                                        r"trigger(?:ed|ing))\b")


#: ", four of them in a raid on the town of X": a share the sentence gives one event of its own; the sentence is left
#: to the reading that keeps that event (its share is not read as an incident here).
_SHARE_OF_ONE: Final = re.compile(r",\s*(?:\d[\d,]*|" + CARDINAL_WORD + r")\s+of\s+(?:them|whom)\s+(?:were\s+killed\s+|died\s+)?"
                                  r"(?:in|by)\s+(?:a|an|one)\b", re.IGNORECASE)


def province_scope_toll(chunk: str) -> bool:
    """"Drone and artillery strikes killed 16 soldiers across the province": a toll spread over one whole province."""
    return not _SHARE_OF_ONE.search(chunk) and any(_spread(chunk, m) for m in PROVINCE_SCOPE.finditer(chunk))


def _spread(chunk: str, scope: re.Match[str]) -> bool:
    """A toll in the same clause before ``scope``, with no one event or place of its dead between them."""
    toll = _TOLL_THEN_SCOPE.search(chunk, 0, scope.start())
    return toll is not None and _ONE_EVENT_OR_PLACE.search(chunk, toll.start(), scope.start()) is None
