"""A figure told already, named again with "the" (used by ``casualties``).

* "killing two people ...; the two dead men were not identified": the figure named again with its role as an adjective
  in the sentence that told it is the same people, not more (``without_restated_here``); "the two wounded servicemen"
  in a later sentence takes the side of the same figure told before (``the_role_adj``, read in ``casualties``).
* "Two children lost their lives, and a third was badly injured, when a war remnant exploded .... The three boys were
  taken to a hospital in Damascus, where two of them were pronounced dead": "the three" whom only being taken to (or
  treated in) hospital makes hurt are all the people the sentences before counted, dead and hurt together, named again,
  no three more hurt (``whole_treated_again``; tests in tests/test_extract_round62_readings.py).
"""

from __future__ import annotations

import re

from observatory.extract.casualty_claims import without_gone
from observatory.extract.casualty_rises import TREATED
from observatory.extract.mention_sides import INJURED, KILLED, THE_BEFORE, Mention

#: "the two wounded servicemen", "the three dead": a figure already told, named again with its role as an adjective.
_THE_ROLE_ADJ = re.compile(r"\s+(?:wounded|injured|dead|slain|killed)\s+(?!by\b|in\b|on\b|at\b|when\b|during\b)[a-z]", re.IGNORECASE)
#: Hurt told only by where they were taken or how they are treated, later in the figure's sentence.
_TREATED_LATER = re.compile(rf"[^.;!?]{{0,120}}?\b(?:{TREATED})", re.IGNORECASE)
_HURT_WORDS = re.compile(r"\b(?:injur|wound|hurt)", re.IGNORECASE)


def the_role_adj(work: str, m: Mention) -> bool:
    """Whether the figure is "the N" with its role as an adjective after the number ("the two wounded servicemen")."""
    return bool(THE_BEFORE.search(work, max(0, m.quantity.start - 6), m.quantity.start) and _THE_ROLE_ADJ.match(work, m.quantity.end))


def without_restated_here(mentions: list[Mention], work: str) -> list[Mention]:
    """The figures of the sentence less those named again with their role as an adjective after the same figure."""
    gone = {i for i, m in enumerate(mentions) if m.parent is None and the_role_adj(work, m)
            and any(p.parent is None and (p.role, p.value) == (m.role, m.value) for p in mentions[:i])}
    if not gone or any(m.parent is not None for m in mentions):
        return mentions
    return [m for i, m in enumerate(mentions) if i not in gone]


def treated_again(work: str, m: Mention) -> bool:
    """Whether the figure is "the N" hurt only by a hospital or a treatment told after it ("The three boys were taken to
    a hospital")."""
    if m.role != INJURED or m.parent is not None or m.quantity.vague or m.value < 2:
        return False
    if not THE_BEFORE.search(work, max(0, m.quantity.start - 6), m.quantity.start):
        return False
    later = _TREATED_LATER.match(work, m.group_end)
    return later is not None and _HURT_WORDS.search(work, m.quantity.start, later.end()) is None


def whole_treated_again(mentions: list[Mention], work: str, told: list[Mention], start: int) -> list[Mention]:
    """``mentions`` less "the N" taken to hospital where N is all the dead and hurt ``told`` before ``start``, the title's
    figures left out (a title restates the body's) (see module doc)."""
    title_end = work.find("\n")
    counted = [p for p in told if p.parent is None and not p.quantity.vague and p.quantity.start > title_end]
    roles = {p.role for p in counted}
    if KILLED not in roles or INJURED not in roles:
        return mentions
    whole = sum(p.value for p in counted)
    gone = {m.quantity.start for m in mentions if treated_again(work, m) and m.value == whole}
    if not gone:
        return mentions
    return without_gone(mentions, gone)  # (with their shares: "where two of them died")
