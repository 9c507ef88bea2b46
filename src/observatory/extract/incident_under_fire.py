"""A post, patrol or vehicle that "came under fire" suffered an attack: the sentence's own event where the words are its
main clause ("A checkpoint of the regime forces came under fire near X", "The bus came under heavy fire on the road").

Not where they only tell the circumstance of an event told before ("when their vehicles came under fire", "as the
convoy came under fire"), what a speaker says of it ("the army said its troops had come under fire") or a relative
clause ("troops that came under fire"): those name no new event (tests/test_extract_gaps_kinds_and_answers.py).
"""

from __future__ import annotations

import re
from typing import Final

_UNDER_FIRE: Final = re.compile(r"\b(?:came|come|comes|coming)\s+under\s+(?:[\w-]+\s+)?(?:fire|gunfire)\b", re.IGNORECASE)
#: The clause before the words makes them a circumstance, a speaker's account or a relative clause.
_SUBORDINATE: Final = re.compile(r"\b(?:when|as|while|after|before|once|if|until|that|which|who|whose|where|said|says|say|"
                                 r"claimed|claims|told|stated|according)\b", re.IGNORECASE)
_CLAUSE_BREAK: Final = re.compile(r"[,;:()\u2013\u2014]")
#: Words after it that make it criticism ("came under fire from rights groups", "has come under fire at home over the
#: losses"): no shot fired (tests/test_extract_review_r37_rev6.py).
_CRITICISM: Final = re.compile(r"\s*(?:at\s+home\s+)?(?:from\s+(?:[\w-]+\s+){0,3}?(?:rights\s+(?:groups|organi[sz]ations|watchdogs)|"
                               r"critics|activists|lawmakers|politicians|opponents|commentators|media)\b|"
                               r"over\s+(?:its|their|his|her|the\s+(?:[\w-]+\s+){0,2}?(?:decisions?|arrests?|losses|handling|"
                               r"polic(?:y|ies)|treatment|deaths?))\b|for\s+(?:its|their|his|her|\w+ing)\b)", re.IGNORECASE)


def under_fire_attack(work: str, start: int, end: int) -> tuple[str, int, int] | None:
    """("attack", start, end) of "came under fire" as the main clause of the sentence ``work[start:end]`` (see module
    doc); None otherwise."""
    m = _UNDER_FIRE.search(work, start, end)
    if m is None or _CRITICISM.match(work, m.end(), end):
        return None
    breaks = [b.end() for b in _CLAUSE_BREAK.finditer(work, start, m.start())]
    clause = work[breaks[-1] if breaks else start:m.start()]
    return None if _SUBORDINATE.search(clause) else ("attack", m.start(), m.end())
