"""Gunmen a paragraph has called local: "clashes between government troops and local gunmen ... The fighting left three
soldiers and two of the gunmen dead" and "killing two of the attackers" after "local gunmen attacked": the bare
"gunmen", "attackers" or "fighters" are the local gunmen told in the paragraph (the local factions, SCHEMA: hts_rebels;
of no side in Sweida), as ``mention_sides.local_gunmen`` reads "three local gunmen" themselves.

Not read where the local gunmen are tied to a force ("local gunmen affiliated with the Military Security") or where the
paragraph names other armed men as well ("unidentified gunmen", "gunmen affiliated with ...", "a group of gunmen") or
an armed group of another side ("attacked by ISIS cells ..., and two fighters were killed"): the bare word could then
be theirs. The state's troops ("government troops", "the army") named beside them do not count: their dead are
soldiers, not "gunmen" or "fighters"; for "the attackers", only a group told attacking counts.

Tests: tests/test_extract_casualty_local_referents.py.
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from observatory.extract.mention_sides import TIED_TO_FORCE, as_local, attacker_told_before, local_side
from observatory.extract.text import line_around

if TYPE_CHECKING:
    from datetime import date

    from observatory.extract.actors import ActorLexicon
    from observatory.extract.mention_sides import Mention

#: The figure's own words: "two of the gunmen", "a gunman", "three of the attackers", "two fighters".
_BARE = re.compile(r"\s*(?:of\s+the\s+)?(?:gunm[ae]n|attackers?|fighters?|armed\s+men)(?:\s*,|\s+and)?\s*", re.IGNORECASE)
#: The armed men called local, not tied to a force.
_LOCAL = re.compile(rf"\blocal\s+(?:gunm[ae]n|fighters|armed\s+men)\b(?!\s+(?:{TIED_TO_FORCE}|backed|supported))", re.IGNORECASE)
#: Other armed men in the paragraph, whom the bare word could mean.
_OTHER_ARMED = re.compile(r"\b(?:unknown|unidentified|masked|anonymous|tribal|other)\s+(?:gunm[ae]n|attackers|fighters)\b|"
                          r"\bgunm[ae]n\s+(?:affiliated|linked|loyal|belonging|tied|working|of|from|with|backed|riding|in\s+a\s+car|on\s+(?:a\s+)?motorcycles?)\b|"
                          r"\b(?:group|gang|cell)\s+of\s+gunmen\b", re.IGNORECASE)
#: Sides whose named men do not make a bare "gunmen"/"fighters" theirs: the state's troops, civilians, the unknown.
_NOT_ARMED_OTHERS = frozenset({"regime", "russia", "coalition", "israel", "civilians", "unknown"})
#: The bare word for the men who attacked.
_ATTACKER_WORD = re.compile(r"\s*(?:of\s+the\s+)?attackers?\b", re.IGNORECASE)


def local_referents(mentions: list[Mention], work: str, end: int, lexicon: ActorLexicon, on: date | None) -> list[Mention]:
    """The sentence's figures, each bare "gunmen" of the local gunmen read as theirs (``local_referent``); none where
    another figure of the sentence has no side yet ("three members of a gang were killed along with one of the
    attackers"): that figure would be given the side read here, though it may be of the other party."""
    if sum(1 for m in mentions if m.side is None and m.parent is None) > 1:
        return mentions
    return [local_referent(m, work, end, lexicon, on) for m in mentions]


def local_referent(m: Mention, work: str, end: int, lexicon: ActorLexicon, on: date | None) -> Mention:
    """``m`` of the local gunmen where it is only "gunmen"/"attackers"/"fighters" and its paragraph, up to the end
    (``end``) of its sentence, calls the armed men local and names no others (nor an armed group of another side:
    ``lexicon``'s actors, as named on ``on``)."""
    if m.side is not None or m.parent is not None or not _BARE.fullmatch(work, m.quantity.end, m.group_end):
        return m
    paragraph = line_around(work, m.quantity.start)[0]
    local = [g.span() for g in _LOCAL.finditer(work, paragraph, end)]
    if not local:
        return m
    others = [o for o in _OTHER_ARMED.finditer(work, paragraph, end) if not any(s <= o.start() < e for s, e in local)]
    if others:
        return m
    side = local_side(work, m.quantity.start)
    return m if _other_side_named(m, work, (paragraph, end), side, lexicon, on) else as_local(m, side)


def _other_side_named(m: Mention, work: str, span: tuple[int, int], side: str, lexicon: ActorLexicon, on: date | None) -> bool:
    """Whether the paragraph (``span``: its start to the end of ``m``'s sentence) names an armed group of another side
    than ``side`` whose men the bare word could mean: any such group for "gunmen"/"fighters" (not the state's troops,
    whose dead are soldiers), only the one told attacking for "the attackers" ("as fighters stormed ISIS's hideout,
    wounding three of the attackers": the attackers are the local men)."""
    if _ATTACKER_WORD.match(work, m.quantity.end):
        doer = attacker_told_before(work, m.quantity.start, lexicon, on)
        return doer is not None and doer.start >= span[0] and doer.side not in ("civilians", "unknown", side)
    return any(a.side not in _NOT_ARMED_OTHERS and a.side != side for a in lexicon.find(work, span[0], span[1], on))
