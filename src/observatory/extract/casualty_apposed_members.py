"""Sides: figures of people the sentence then says are members of a group, in apposition without "both" or "all".

"killing its two riders, members of the Asayish", "killing the three passengers, fighters of a jihadist faction":
the counted riders or passengers are the group's men, as with "both members of the Asayish" (which reads as a
figure of its own). Only a figure of no named side is sided so: "two civilians, members of a local council" keep
the side the sentence gives them.
"""

from __future__ import annotations

import re
from datetime import date

from observatory.extract.actors import GENERIC_ALIASES, ActorLexicon
from observatory.extract.mention_sides import Mention

#: ", members of the" / ", fighters from" ...: the apposition that names the group the counted men belong to.
_MEMBERS_OF = re.compile(r"\s*,\s*(?:members?|fighters?|elements?|personnel|militants?|militiamen)\s+(?:of|in|from)\s+"
                         r"(?:the\s+)?", re.IGNORECASE)
_NEAR = 3  # at most this many characters between "members of the" and the group's name ("of the 'X' group")
#: Right after the group's name: it only qualifies what the men belong to ("of the SDF-affiliated council", "of the
#: HTS-run government", "of an Asayish commander's family"), so they are not the group's men.
_MODIFIER = re.compile(r"-\w|['’]s\b|\s+\w+['’]s\b")


def apposed_members(m: Mention, work: str, lexicon: ActorLexicon, on: date | None) -> Mention:
    """``m`` of the group named in ", members of X" right after its words, where it has no named side."""
    if not (m.generic or m.side is None or m.side == "unknown") or m.quantity.vague:
        return m
    hit = _MEMBERS_OF.match(work, m.group_end)
    if hit is None:
        return m
    actors = [a for a in lexicon.find(work, hit.end(), min(len(work), hit.end() + 60), on)
              if a.alias.lower() not in GENERIC_ALIASES and a.side not in ("unknown", "civilians")]
    if not actors or actors[0].start - hit.end() > _NEAR or _MODIFIER.match(work, actors[0].end):
        return m
    return m.named(actors[0])
