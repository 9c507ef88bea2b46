"""Gunmen a paragraph has called local: "clashes between government troops and local gunmen ... The fighting left three
soldiers and two of the gunmen dead" and "killing two of the attackers" after "local gunmen attacked": the bare
"gunmen", "attackers" or "fighters" are the local gunmen told in the paragraph (the local factions, SCHEMA: hts_rebels;
of no side in Sweida), as ``mention_sides.local_gunmen`` reads "three local gunmen" themselves.

Not read where the local gunmen are tied to a force ("local gunmen affiliated with the Military Security") or where the
paragraph names other armed men as well ("unidentified gunmen", "gunmen affiliated with ...", "a group of gunmen"): the
bare word could then be theirs.

Tests: tests/test_extract_casualty_local_referents.py.
"""

from __future__ import annotations

import re
from dataclasses import replace
from typing import TYPE_CHECKING

from observatory.extract.casualty_local_druze import in_sweida

if TYPE_CHECKING:
    from observatory.extract.mention_sides import Mention

#: The figure's own words: "two of the gunmen", "a gunman", "three of the attackers", "two fighters".
_BARE = re.compile(r"\s*(?:of\s+the\s+)?(?:gunm[ae]n|attackers?|fighters?|armed\s+men)(?:\s*,|\s+and)?\s*", re.IGNORECASE)
#: The armed men called local, not tied to a force.
_LOCAL = re.compile(r"\blocal\s+(?:gunm[ae]n|fighters|armed\s+men)\b(?!\s+(?:affiliated|linked|loyal|belonging|tied|working|"
                    r"of\s+the|from\s+the|with\s+the|backed|supported))", re.IGNORECASE)
#: Other armed men in the paragraph, whom the bare word could mean.
_OTHER_ARMED = re.compile(r"\b(?:unknown|unidentified|masked|anonymous|tribal|other)\s+(?:gunm[ae]n|attackers|fighters)\b|"
                          r"\bgunm[ae]n\s+(?:affiliated|linked|loyal|belonging|tied|working|of|from|with|backed|riding|in\s+a\s+car|on\s+(?:a\s+)?motorcycles?)\b|"
                          r"\b(?:group|gang|cell)\s+of\s+gunmen\b", re.IGNORECASE)


def local_referents(mentions: list[Mention], work: str, end: int) -> list[Mention]:
    """The sentence's figures, each bare "gunmen" of the local gunmen read as theirs (``local_referent``); none where
    another figure of the sentence has no side yet ("three members of a gang were killed along with one of the
    attackers"): that figure would be given the side read here, though it may be of the other party."""
    if sum(1 for m in mentions if m.side is None and m.parent is None) > 1:
        return mentions
    return [local_referent(m, work, end) for m in mentions]


def local_referent(m: Mention, work: str, end: int) -> Mention:
    """``m`` of the local gunmen where it is only "gunmen"/"attackers"/"fighters" and its paragraph, up to the end
    (``end``) of its sentence, calls the armed men local and names no others."""
    if m.side is not None or m.parent is not None or not _BARE.fullmatch(work, m.quantity.end, m.group_end):
        return m
    paragraph = work.rfind("\n", 0, m.quantity.start) + 1
    local = [g.span() for g in _LOCAL.finditer(work, paragraph, end)]
    if not local:
        return m
    others = [o for o in _OTHER_ARMED.finditer(work, paragraph, end) if not any(s <= o.start() < e for s, e in local)]
    if others:
        return m
    if in_sweida(work, m.quantity.start):  # the Druze armed men of Sweida are of no side
        return replace(m, side="unknown", actor="local gunmen", generic=False)
    return replace(m, side="hts_rebels", actor="local factions", generic=False)
