"""Two people an attack was aimed at, named one by one, then killed or hurt as "them" ("opened fire on a man and his
wife ..., killing them both", "targeted a teacher and his brother, wounding them"): the pair is the figure, two people
of the side their words give (tests/test_extract_casualty_them_pair.py). A pair of two sides ("a soldier and a civilian")
is left alone: "them" gives no side for each.
"""

from __future__ import annotations

import re
from dataclasses import replace
from datetime import date

from observatory.extract.actors import ActorLexicon
from observatory.extract.figures import PERSON
from observatory.extract.numbers import Quantity

#: The second person of the pair, right after the first: "a man and his wife", "a teacher and his brother", "a nurse and
#: a driver" (each noun with up to two words before it; "wife" is no figure's noun elsewhere, but names a person here).
PAIR_AFTER = re.compile(rf"\s+(?:[\w'-]+\s+){{0,2}}?(?:{PERSON})\s+and\s+(?:his|her|their|an?|another)\s+(?:[\w'-]+\s+){{0,2}}?"
                        rf"(?:{PERSON}|wife|spouse)\b(?!['’]s)", re.IGNORECASE)


def aimed_pair(work: str, q: Quantity, stop: int) -> tuple[Quantity, int] | None:
    """The pair whose first person ``q`` ("a", "an") counts, as a figure of two, and where its words end."""
    if q.text.strip().lower() not in ("a", "an") or q.value != 1:
        return None
    pair = PAIR_AFTER.match(work, q.end, stop)
    if pair is None or re.search(r"\bof\s+(?:them|whom)\b", pair.group(), re.IGNORECASE):
        return None
    return replace(q, value=2), pair.end()


def one_side(lexicon: ActorLexicon, work: str, start: int, end: int, on: date | None) -> bool:
    """Whether the words of the pair name at most one side."""
    return len({a.side for a in lexicon.find(work, start, end, on)}) <= 1


#: A group named by a plural noun the lexicon need not know ("chased the attackers", "caught the gunmen").
_GROUP_WORD = re.compile(r"\b(?:attackers|assailants|gunmen|perpetrators|culprits|kidnappers|militants|cells|men)\b", re.IGNORECASE)


#: A group named only as part of a place ("near an SDF checkpoint", "in a regime-held area") does nothing in between.
_PLACE_OF = re.compile(r"\b(?:near|at|in|outside|beside|from|towards?|into|of)\s+(?:an?\s+|the\s+)?$", re.IGNORECASE)


def other_group(lexicon: ActorLexicon, work: str, start: int, end: int, on: date | None) -> bool:
    """Whether a group is named between the pair and "them" ("..., and regime troops chased the gunmen, killing them
    both"): "them" may be that group, not the pair (tests/test_extract_review_r37_rev2.py)."""
    named = [a for a in lexicon.find(work, start, end, on) if not _PLACE_OF.search(work, max(0, a.start - 20), a.start)]
    return bool(named) or _GROUP_WORD.search(work, start, end) is not None
