"""Members of a gang are of no side (SCHEMA: people accused of drug business, kidnappers -> unknown; tests in
tests/test_extract_casualty_gang_members.py).

* "three gang members were killed", "two members of a gang involved in smuggling", "killing two of the gang members":
  a figure whose own words call its people members of a gang takes no side from the fighters, brigade or faction told
  around it, unless those words name the group the gang belongs to ("members of a gang of the Military Security"),
  or the text tied a gang to a force before the figure ("a gang affiliated with the Military Intelligence", "a
  regime-backed gang": "seven members of the gang" are then of that force) and told of no other gang since.
"""

from __future__ import annotations

import re
from dataclasses import replace
from datetime import date

from observatory.extract.actors import ActorLexicon
from observatory.extract.mention_sides import Mention

#: The figure's own words tell its people as a gang's: "gang members", "members of a gang", "of the gang".
_GANG = re.compile(r"\s*(?:(?:of\s+(?:the|this|that)\s+)?(?:[\w-]+\s+){0,2}?gang\s+members\b|"
                   r"(?:of\s+them\s+)?(?:members|men|gunmen)\s+of\s+(?:an?|the|this|that)\s+(?:[\w-]+\s+){0,2}?gangs?\b)",
                   re.IGNORECASE)

#: A gang tied to a force: "a gang affiliated with the Military Intelligence", "a regime-backed gang".
_TIED_GANG = re.compile(r"\bgangs?\s+(?:[\w-]+\s+){0,2}?(?:affiliated|linked|loyal|belonging|tied|attached|backed|supported|"
                        r"working)\b|(?:-backed|-affiliated|-linked|\bpro-[\w-]+)\s+gangs?\b", re.IGNORECASE)
#: Another gang told of after the tie: "clashed with members of another gang".
_OTHER_GANG = re.compile(r"\b(?:another|other|second|rival)\s+gangs?\b", re.IGNORECASE)


def _tied_before(work: str, at: int) -> bool:
    """Whether the text tied a gang to a force before ``at``, no other gang told of since."""
    ties = list(_TIED_GANG.finditer(work, 0, at))
    return bool(ties) and _OTHER_GANG.search(work, ties[-1].end(), at) is None


def gang_members(mentions: list[Mention], work: str, lexicon: ActorLexicon, on: date | None) -> list[Mention]:
    """Each figure of gang members of no side named in its own words read as of no known side (see module doc)."""
    return [_of_no_side(m, work, lexicon, on) for m in mentions]


def _of_no_side(m: Mention, work: str, lexicon: ActorLexicon, on: date | None) -> Mention:
    if m.side == "unknown" or _GANG.match(work, m.quantity.end, m.group_end) is None:
        return m
    if lexicon.find(work, m.quantity.end, m.group_end, on):
        return m  # "members of a gang of the Military Security": the group they belong to is named
    own = _TIED_GANG.search(work, m.quantity.end, m.group_end + 40)
    if own is not None and own.start() < m.group_end or _tied_before(work, m.quantity.start):
        # "two members of a gang affiliated with the Military Security" (its own words tie it), "a gang affiliated
        # with the Military Intelligence ... seven members of the gang" (a tie told before)
        return m
    return replace(m, side="unknown", actor=None, nationality=None, generic=False)
