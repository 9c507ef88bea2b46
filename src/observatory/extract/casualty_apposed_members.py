"""Sides: figures of people the sentence then says are members of a group, in apposition without "both" or "all".

"killing its two riders, members of the Asayish", "killing the three passengers, fighters of a jihadist faction",
"killing its rider, a member of the Asayish, and injuring a child", "killing its rider, a local "commander" in ISIS"
(tests/test_extract_round57_readings.py):
the counted riders or passengers are the group's men, as with "both members of the Asayish" (which reads as a
figure of its own). Only a figure of no named side is sided so: "two civilians, members of a local council" keep
the side the sentence gives them. One person so told to be a civilian ("injuring its rider, a civilian, according to
...") is a civilian.
"""

from __future__ import annotations

import re
from dataclasses import replace
from datetime import date

from observatory.extract.actors import ActorLexicon
from observatory.extract.mention_sides import Mention

#: ", members of the" / ", fighters from" ...: the apposition that names the group the counted men belong to.
_MEMBERS_OF = re.compile(r"\s*,\s*(?P<one>an?\s+)?(?:(?:local|senior|prominent)\s+)?[\"“]?(?:members?|fighters?|elements?|personnel|militants?|"
                         r"militiamen|commanders?|leaders?|officials?|emirs?)[\"”]?\s+(?:of|in|from|with)\s+(?:the\s+)?", re.IGNORECASE)
#: ", a civilian" closing the one person's words ("injuring its rider, a civilian, according to ...").
_CIVILIAN = re.compile(r"\s*,\s*an?\s+civilian\b(?!\s+(?:[\w-]+\s+)?(?:of|in|with|from)\b)", re.IGNORECASE)
_NEAR = 3  # at most this many characters between "members of the" and the group's name ("of the 'X' group")
#: Right after the group's name: it only qualifies what the men belong to ("of the SDF-affiliated council", "of the
#: HTS-run government", "of an Asayish commander's family"), so they are not the group's men.
_MODIFIER = re.compile(r"-\w|['’]s\b|\s+\w+['’]s\b")


def apposed_members(m: Mention, work: str, lexicon: ActorLexicon, on: date | None) -> Mention:
    """``m`` of the group named in ", members of X" right after its words, where it has no named side."""
    if not (m.generic or m.side is None or m.side == "unknown") or m.quantity.vague:
        return m
    if m.value == 1 and _CIVILIAN.match(work, m.group_end):
        return replace(m, side="civilians", actor=None, nationality=None, generic=False)
    hit = _MEMBERS_OF.match(work, m.group_end)
    if hit is None or hit.group("one") and m.value != 1:
        return m  # ("three people, a commander in the SDF and two of his companions": the first of a breakdown)
    actors = lexicon.find_named(work, hit.end(), min(len(work), hit.end() + 60), on)
    if not actors or actors[0].start - hit.end() > _NEAR or _MODIFIER.match(work, actors[0].end):
        return m
    return m.named(actors[0])
