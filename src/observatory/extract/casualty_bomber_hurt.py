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
"""

from __future__ import annotations

import re

from observatory.extract.mention_sides import INJURED, KILLED, Mention

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
