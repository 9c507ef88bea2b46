"""The attackers of an attack the subject fended off ("SDF fighters foiled an infiltration attempt by Ankara-backed
factions near Hoshan, killing two of them"): "them" are the group named after "by", the last group before the figure;
the subject that repelled the attack is the defender, not the attacker (tests/test_extract_casualty_fended_attack.py;
used by ``mention_sides.attackers_side``). The attackers may be named by a group noun the text tied to a group before
("the Turkish army and its mercenaries ... foiled an infiltration attempt by the mercenaries, killing two of them"):
``fended_by_group_noun``.
"""

from __future__ import annotations

import re
from datetime import date
from typing import Final

from observatory.extract.actors import ActorLexicon, ActorMatch
from observatory.extract.group_nouns import group_noun_doer
from observatory.extract.text import OF_THEM

#: A defender's verb before the attack ("repelled an attack", "foiled an attempt"): its subject was attacked.
FENDED: Final = r"(?:repell?ed|repels?|repelling|repulsed|repulsing|foiled|foiling|thwarted|thwarting|fended|countered|resisted|confronted)"
#: "foiled an (infiltration) attempt by (the) ", "repelled an attack launched by ": what stands before the attackers.
_FENDED_BY: Final = re.compile(
    rf"\b{FENDED}\s+(?:off\s+)?(?:an?|the)\s+(?:[\w-]+\s+){{0,2}}?(?:attacks?|assaults?|attempts?|infiltrations?|incursions?|raids?|"
    r"offensives?)\s+(?:(?:launched|carried\s+out|mounted)\s+)?by\s+(?:the\s+)?(?:[\w'-]+\s+){0,2}?$",
    re.IGNORECASE)
#: Between the attackers and the figure: one clause, no other group, ending ", killing" (or "and killed").
_THEN_KILLING: Final = re.compile(r"[^.;:()]{0,120}?(?:,\s*|\band\s+)(?:killing|killed|and\s+killed)\s+$", re.IGNORECASE)


def fended_attackers(actors: list[ActorMatch], work: str, start: int, q_start: int, q_end: int) -> ActorMatch | None:
    """The group whose fended-off attack ``N of them`` (the figure at ``q_start``..``q_end``) were killed in, if any."""
    if not OF_THEM.match(work, q_end):
        return None
    before = [a for a in actors if a.end <= q_start]
    if not before:
        return None
    last = before[-1]
    if not _FENDED_BY.search(work, max(start, last.start - 90), last.start):
        return None
    return last if _THEN_KILLING.fullmatch(work, last.end, q_start) else None


def fended_by_group_noun(actors: list[ActorMatch], work: str, start: int, q_start: int, q_end: int, lexicon: ActorLexicon,
                         on: date | None) -> ActorMatch | None:
    """As ``fended_attackers``, the attackers named by a group noun tied to a group before ("an attempt by the
    mercenaries, killing two of them"): that group."""
    if not OF_THEM.match(work, q_end):
        return None
    doer = group_noun_doer(work, start, q_start, lexicon, on)
    if doer is None:
        return None
    return fended_attackers(sorted([*actors, doer], key=lambda a: a.start), work, start, q_start, q_end)
