"""A large toll tied to one attack told with a long object ("the drone attack on a graduation ceremony at the
Military College in Homs city on October 5, which killed 123 people"): one event's toll, not a period figure
(used by ``totals_large.large_toll``).

* the attack is one, named in the singular with a determiner or a day's possessive ("An armed drone attack",
  "Thursday's drone attack", "the bombing"), and its kill verb follows in the same clause run ("..., which killed",
  "... killed at least 123 people") with no other event noun, no plural of one, and no period word in between;
* a superlative ranking the attack ("in one of the deadliest attacks on the army in years", "The bloodiest single
  event of the year was ...") names no period of the toll.
"""

from __future__ import annotations

import re
from typing import Final

from observatory.extract.gates import blank

_NOUN: Final = r"(?:attack|bombing|airstrike|air\s+strike|drone\s+strike|strike|massacre|explosion|blast|ambush)"
_DETERMINER: Final = (r"(?:\b(?:the|an?)|\b(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|yesterday|today)"
                      r"['\u2019]s)")
#: "An armed drone attack on a military graduation ceremony in ... on Thursday killed", "Thursday's drone attack on a
#: ceremony at the Academy, which killed": one attack, its object and place, then its kill verb.
_ONE_ATTACK_KILLED: Final = re.compile(
    _DETERMINER + r"\s+(?:[\w-]+\s+){0,3}?" + _NOUN + r"\s+(?:on|against|at|in|near|targeting)\s+"
    r"(?P<between>[^.;:]{0,160}?)\b(?:which\s+)?(?:killed|killing|left)\b", re.IGNORECASE)
#: Another event or a span of time between the attack and its kill verb: the toll may be theirs.
_NOT_BETWEEN: Final = re.compile(r"\b(?:and|since|during|until|throughout|past|months?|years?|weeks?|days)\b|" + _NOUN + r"s\b",
                                 re.IGNORECASE)
#: "in one of the deadliest attacks on the Syrian army in years", "The bloodiest single event of the year": a ranking,
#: no period of the toll.
_RANKING: Final = re.compile(r"\b(?:one\s+of\s+)?the\s+(?:deadliest|bloodiest|worst|heaviest)\s+(?:[\w-]+\s+){0,6}?"
                             r"(?:in|of|since)\s+(?:the\s+)?(?:recent\s+)?(?:years?|months?|(?:19|20)\d\d)\b", re.IGNORECASE)


def unranked(chunk: str) -> str:
    """``chunk`` with the superlatives that rank an attack blanked ("one of the deadliest attacks in years")."""
    return blank(_RANKING, chunk)


def one_attack_toll(chunk: str) -> bool:
    """The sentence's toll is that of one attack named with its object ("the drone attack on a ceremony in Homs on
    October 5, which killed 123")."""
    return any(not _NOT_BETWEEN.search(m.group("between")) for m in _ONE_ATTACK_KILLED.finditer(unranked(chunk)))
