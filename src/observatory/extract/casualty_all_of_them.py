"""People of no named side said to be, all of them, of one group: "at least ten people were killed, all of them non-Syrian
members of Iran-backed militias", "three people died, all of them SDF fighters".

The figure's plain words ("people", "persons", "others") name no side; ", all of them" right after the figure (past its
verb, and past the event they died in: "were killed in the strike, all of them ...") followed by a group's name gives every one of them that group's side. "all of them civilians" is read by
``mention_sides.all_civilians_after``; "all of them in the desert" (a place, no group) and "all of them from Daraa" leave
the figure as it is.

Tests: tests/test_extract_casualty_all_of_them.py.
"""

from __future__ import annotations

import re
from datetime import date

from observatory.extract.actors import GENERIC_ALIASES, ActorLexicon
from observatory.extract.mention_sides import Mention

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
