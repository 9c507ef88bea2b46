"""Wounded "others" beside the dead of a bomber who blew himself up among them.

"Two ISIS members blew themselves up after being besieged in a house, killing a local fighter and wounding two others",
"a cell member detonated his explosive belt as the gunmen closed in, killing himself and one of the local fighters and
wounding two others": the others hurt are more of the people the bomb was set off among, of the side of the last dead
told before them (the local fighter's), not of the bomber's side, which the sentence names first.

Not read: others after no dead but the bomber ("killing only himself and wounding three others": the text names no one
else), a sentence without a bomber who blew himself up, and one whose first dead are not the bomber ("a suicide bomber
blew himself up at a wedding, killing six civilians and an Asayish member and wounding 20 others": the others are not
told apart from the first dead by the bomber's side).

Tests: tests/test_extract_casualty_hurt_people.py.

The party turned on, once every figure of the sentence is read (``bomber_targets``): "an ISIS member blew himself up as
the fighters stormed a house, killing two of them and wounding three others", "a cell member blew himself up when
fighters surrounded the house, wounding three of them": "of them" and "others" after the bomber's deed are the people he
set off his charge among, of the side of a dead man of another side told after the deed ("killing himself and one of the
local fighters"), else of the side the text gave the same people before ("six fighters of the local groups" were killed
in the campaign), named in the clause of their closing in ("as the fighters stormed"). Not read: a sentence whose bomber's
side is not told, and people closing in whom the text named before with no side but the bomber's (tests:
tests/test_extract_casualty_bomber_targets.py).
"""

from __future__ import annotations

import re
from collections.abc import Callable

from observatory.extract.mention_sides import INJURED, KILLED, Mention
from observatory.extract.text import sentences

#: A bomber who set off his charge: "blew himself up", "blew themselves up", "detonated his explosive belt".
_BOMBER = re.compile(r"\b(?:blew\s+(?:himself|themselves)\s+up|detonated\s+(?:his|their)\s+(?:explosive|suicide)\s+(?:belt|vest)s?)\b",
                     re.IGNORECASE)
#: How far before the sentence's first figure (characters) the bomber's words are looked for.
_BOMBER_REACH = 300
#: Between the last dead and the others: "and wounding", "and injuring" (no other figure).
_AND_HURTING = re.compile(r"\s+and\s+(?:wounding|injuring)\s+$", re.IGNORECASE)
#: The others' words: "two others", "two other fighters".
_OTHERS = re.compile(r"\s+other(?:s\b|\s+(?:fighters|gunmen|members|men)\b)", re.IGNORECASE)


#: The bomber counted among the dead after his deed: "killing himself and ...".
_SELF = re.compile(r"(?:himself|themselves)\b", re.IGNORECASE)


def _is_bomber(first: Mention, bomber: re.Match[str], work: str) -> bool:
    """Whether the first dead are the bomber: told before his deed ("Two ISIS members blew themselves up") or as
    "himself" (not "A suicide bomber blew himself up at a wedding, killing six civilians and an Asayish member")."""
    return first.quantity.start < bomber.start() or _SELF.match(work, first.quantity.start) is not None


def bomber_others(mentions: list[Mention], work: str) -> list[Mention]:
    """Hurt "others" after "killing <dead> and wounding" in a sentence whose bomber blew himself up: of the side of the
    last dead before them where that side differs from the first dead's, the bomber's (see module doc)."""
    dead = [m for m in mentions if m.role == KILLED and m.parent is None]
    if len(dead) < 2:
        return mentions
    bomber = _BOMBER.search(work, max(0, mentions[0].quantity.start - _BOMBER_REACH), mentions[-1].quantity.start)
    if bomber is None or not _is_bomber(dead[0], bomber, work):
        return mentions
    out = list(mentions)
    for i, m in enumerate(out):
        if m.role != INJURED or m.parent is not None or m.quantity.vague or not _OTHERS.match(work, m.quantity.end):
            continue
        last = next((p for p in reversed(out[:i]) if p.role == KILLED and p.parent is None), None)
        if last is None or last is dead[0] or last.side in (None, "unknown", dead[0].side) or m.side not in (None, "unknown", dead[0].side):
            continue
        if _AND_HURTING.search(work, last.group_end, m.quantity.start) is None:
            continue
        out[i] = m.sided_like(last)
    return out


#: The people the bomber turned on, closing in on him: "as the fighters stormed", "when fighters surrounded".
_CLOSING_IN = re.compile(r"\b(?:as|when|after|while)\s+(?:the\s+)?(?:(?:local|armed)\s+)?(?P<noun>fighters|gunmen|men|soldiers|"
                         r"troops|militiamen)\s+(?:had\s+|were\s+)?[a-z]+ed\b", re.IGNORECASE)
#: A figure that points back at the people told before it: "two of them", "three others".
_BACK = re.compile(r"\s+(?:of\s+them\b|others?\b|other\s+(?:fighters|gunmen|members|men)\b)", re.IGNORECASE)
#: How far back (characters) the people closing in are looked for among the figures told before.
_TOLD_REACH = 1500
#: Sides that are no party a bomber turns on by name.
_NO_PARTY = (None, "unknown", "civilians")


def bomber_targets(mentions: list[Mention], work: str, start: int, told_before: Callable[[int, int], list[Mention]]) -> list[Mention]:
    """"of them" and "others" after a bomber's deed, read as the bomber's side: of the side of the people he turned on
    (see module doc); ``told_before(s, e)`` gives the figures of the sentence work[s:e]."""
    bomber = _BOMBER.search(work, max(start, mentions[0].quantity.start - _BOMBER_REACH), mentions[-1].quantity.start) if mentions else None
    if bomber is None:
        return mentions
    own = next((m for m in mentions if m.role == KILLED and m.parent is None and _is_bomber(m, bomber, work)), None)
    if own is None or own.side in _NO_PARTY:
        return mentions
    back = [i for i, m in enumerate(mentions) if m.parent is None and m.quantity.start > bomber.end() and m.side in (own.side, None)
            and _BACK.match(work, m.quantity.end)]
    if not back:
        return mentions
    party = next((m for m in mentions if m.role == KILLED and m.parent is None and m.quantity.start > bomber.end()
                  and m.side not in (*_NO_PARTY, own.side) and not _BACK.match(work, m.quantity.end)), None)
    closing = _CLOSING_IN.search(work, bomber.end(), mentions[back[0]].quantity.start)
    if party is None and closing is not None:
        noun = re.compile(rf"\b{closing.group('noun')}\b", re.IGNORECASE)
        party = next((m for s in reversed([s for s in sentences(work) if start - _TOLD_REACH <= s.start and s.end <= start])
                      for m in reversed(told_before(s.start, s.end)) if m.parent is None and m.side not in (*_NO_PARTY, own.side)
                      and noun.search(work, m.quantity.end, m.group_end)), None)
    if party is None:
        return mentions
    return [m.sided_like(party) if i in back else m for i, m in enumerate(mentions)]
