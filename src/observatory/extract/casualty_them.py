"""People an attack was aimed at, then killed or hurt as "them" (tests in tests/test_extract_casualty_them_after_target.py).

* "ISIS cells opened fire on two members of the SDF ..., killing them on the spot", "gunmen ambushed three soldiers
  near X and killed them": the figure the attack was aimed at is the one killed (or hurt), of the side its words give
  (``them_mentions``, read by ``casualty_unnumbered.pronoun_mentions`` where the sentence has no figure of its own);
  so are the people in the vehicle hit ("targeted a car carrying two commanders of X, killing them both";
  tests/test_extract_casualty_them_both_carried.py).
"""

from __future__ import annotations

import re
from datetime import date

from observatory.extract.actors import ActorLexicon
from observatory.extract.casualty_groups import group_end, side_of
from observatory.extract.casualty_them_pair import aimed_pair, one_side, other_group
from observatory.extract.figures import PERSON_RE
from observatory.extract.gates import folded, may_hold
from observatory.extract.mention_sides import INJURED, KILLED, Mention
from observatory.extract.numbers import Quantity, find_quantities

_THEM = re.compile(r"\b(?:(?P<kill>killing|killed|shooting\s+dead|shot\s+dead|executing|executed)|injuring|injured|wounding|wounded)\s+"
                   r"(?:them(?:\s+(?:both|all))?|all\s+of\s+them)\b", re.IGNORECASE)
#: The attack's aim right before the figure: "opened fire on", "targeting", "ambushed", "attacked".
_AIMED_AT = re.compile(r"\b(?:fire\s+(?:on|at)|shot\s+at|targeting|targeted|ambushed|ambushing|attacked|attacking|stormed|struck|hit|"
                       r"assaulted|stabbed|carrying|transporting)\s+(?:at\s+least\s+)?$", re.IGNORECASE)  # ("a car carrying two")


def them_mentions(work: str, start: int, end: int, lexicon: ActorLexicon, on: date | None) -> list[Mention]:
    """The figure an attack was aimed at, killed or hurt as "them" later in the sentence (see module doc)."""
    if not may_hold(work, ("hem",), start, end) or "them" not in folded(work, start, end):  # ("Killing Them", "KILLING THEM")
        return []
    hit = _THEM.search(work, start, end)
    if hit is None:
        return []
    targets = [q for q in find_quantities(work[start:hit.start()], start) if _AIMED_AT.search(work, max(start, q.start - 30), q.start)]
    aimed = [q for q in targets if not q.vague and q.value > 1]
    if aimed:
        q = aimed[-1]
        g_end = group_end(work, q.end, hit.start())
    elif (pair := _pair(work, targets, hit, lexicon, on)) is not None:
        q, g_end = pair
    else:
        return []
    actor, side = side_of(lexicon, work, q.end, g_end, on)
    if aimed and actor is None and not PERSON_RE.search(work, q.end, g_end):
        return []  # "attacked two villages ..., killing them": no people
    role = KILLED if hit.group("kill") else INJURED
    return [Mention(role, q, side, q.end, g_end, actor.actor.name if actor else None, actor.actor.nationality if actor else None,
                    generic=side is None)]


def _pair(work: str, targets: list[Quantity], hit: re.Match[str], lexicon: ActorLexicon, on: date | None) -> tuple[Quantity, int] | None:
    """"opened fire on a man and his wife ..., killing them both": the pair aimed at (``casualty_them_pair``), from the
    figures ``targets`` right after an aim, and where its words end."""
    pair = aimed_pair(work, targets[-1], hit.start()) if targets else None
    if pair is None or not one_side(lexicon, work, pair[0].end, pair[1], on) or other_group(lexicon, work, pair[1], hit.start(), on):
        return None
    return pair
