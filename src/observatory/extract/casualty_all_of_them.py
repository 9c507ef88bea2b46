"""People of no named side said to be, all of them, of one group: "at least ten people were killed, all of them non-Syrian
members of Iran-backed militias", "three people died, all of them SDF fighters".

The figure's plain words ("people", "persons", "others") name no side; ", all of them" right after the figure (past its
verb, and past the event they died in: "were killed in the strike, all of them ...") followed by a group's name gives every one of them that group's side. "all of them civilians" is read by
``mention_sides.all_civilians_after``; "all of them in the desert" (a place, no group) and "all of them from Daraa" leave
the figure as it is.

"gunmen fired on a pickup with 4 guards in it, causing the death of all of them": the 4 are killed (``all_of_them``,
moved here from ``casualties``).

Tests: tests/test_extract_casualty_all_of_them.py.
"""

from __future__ import annotations

import re
from datetime import date

from observatory.extract.actors import GENERIC_ALIASES, ActorLexicon
from observatory.extract.casualty_groups import group_end
from observatory.extract.casualty_sentence_sides import mention_of
from observatory.extract.figures import PERSON_RE
from observatory.extract.gates import folded
from observatory.extract.mention_sides import KILLED, Mention
from observatory.extract.numbers import Quantity

#: The figure's plain words: "ten people", "three persons", "five others".
_PLAIN = re.compile(r"\s*(?:other\s+|more\s+)?(?:others?|persons?|people|individuals?)\b", re.IGNORECASE)
#: From the figure's end to its group: "were killed, all of them non-Syrian members of".
_ALL_OF_THEM = re.compile(
    r"(?:\s+(?:were|have\s+been|had\s+been)\s+(?:killed|injured|wounded)(?:\s+(?:in|during|by)\s+(?:the|a|an)\s+[^,.;:]{1,50}?)?)?"
    r"\s*,\s*all\s+of\s+(?:them|whom)\s+"
    r"(?:were\s+|are\s+)?(?P<group>[^,.;:]{1,70})",
    re.IGNORECASE,
)
#: Sides no group of armed men stands for.
_NO_GROUP = ("civilians", "unknown")


def all_of_them_named(m: Mention, work: str, lexicon: ActorLexicon, on: date | None) -> Mention:
    """The plain figure of no side before ", all of them <group>": of that group's side (see module doc)."""
    if (
        m.side not in (None, "unknown")
        or m.parent is not None
        or not _PLAIN.match(work, m.quantity.end, m.group_end + 1)
    ):
        return m
    hit = _ALL_OF_THEM.match(work, m.group_end)
    if hit is None:
        return m
    named = [
        a
        for a in lexicon.find(work, hit.start("group"), hit.end("group"), on)
        if a.side not in _NO_GROUP and a.alias.lower() not in GENERIC_ALIASES
    ]
    return m.named(named[0]) if named else m


_ALL_KILLED = re.compile(r"\b(?:(?:death|deaths|killing)\s+of\s+all\s+of\s+them|killing\s+all\s+of\s+them|killing\s+them\s+all|"
                          r"all\s+of\s+them\s+(?:were\s+)?(?:killed|died|dead)|killing\s+all\s+(?:the\s+|its\s+)?(?:occupants|passengers))\b",
                          re.IGNORECASE)


def all_of_them(work: str, start: int, end: int, lexicon: ActorLexicon, on: date | None, quantities: list[Quantity],
                 mentions: list[Mention]) -> list[Mention]:
    """"gunmen fired on a pickup with 4 guards in it, causing the death of all of them": the 4 are killed."""
    hit = _ALL_KILLED.search(work, start, end) if "all" in folded(work, start, end) else None
    if hit is None or any(m.role == KILLED and m.parent is None for m in mentions):
        return mentions
    counted = {m.quantity.start for m in mentions}
    for q in reversed([q for q in quantities if q.end <= hit.start() and q.start not in counted and not q.vague]):
        g_end = group_end(work, q.end, hit.start())
        if PERSON_RE.search(work, q.end, g_end) or lexicon.find(work, q.end, g_end, on):
            return sorted([*mentions, mention_of(work, lexicon, on, KILLED, q, g_end, None, None, False)],
                          key=lambda m: m.quantity.start) if not any(m.parent is not None for m in mentions) else mentions
    return mentions
