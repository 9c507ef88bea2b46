"""A toll told as a whole, then restated by side in the next sentence ("killing 21 fighters. 16 of the dead were
Iraqis", "The victims are 46 civilians and seven militiamen", "Among the dead are seven Syrians, while the rest are
...").

The parts are marked as latest tolls of their sides (``casualty_lists.restated``, ``casualty_roles.those_killed``), so
they replace what the whole said of those sides. Where the parts fall short of the whole, the rest of it stays with
the side of the whole: the parts only name some of the dead, the others are the people told before.

Round 9: "the dead include ..." is read too ("has risen to 11. The dead include an officer and four NDF members"; "18
militiamen ... The dead include six Syrians"), for one event's toll; a part of no side in a whole of one side is of
that side.
"""

from __future__ import annotations

import re
from dataclasses import replace

from observatory.extract.mention_sides import KILLED, SYRIAN_OWN, Mention

#: The words that open a restated toll, before its parts ("the dead include ..." names only some: the rest stays with
#: the whole's side, round 9).
RESTATING = re.compile(r"(?:(?<=[.!?]\s)|(?<=\n))(?-i:They|These)\s+(?:are|were|include[sd]?)\b|"
                       r"\b(?:(?:the|those)\s+(?:dead|killed|victims|slain|fatalities)\s+(?:were|are|include[sd]?)|"
                       r"among\s+(?:the\s+)?(?:dead|killed|victims|slain|fatalities)\s+(?:were|are)|"
                       r"(?:\d+|[a-z]+)\s+of\s+(?:the|those)\s+(?:dead|killed|victims|slain)\s+(?:were|are|was))\b", re.IGNORECASE)
#: The largest whole "the dead include ..." is read against: one event's toll, not a period's (round 9).
INCLUDED_MAX = 100
#: How far back (characters) the whole may be told: the sentence before, not an earlier event.
WHOLE_WINDOW = 400


def rest_of_whole(mentions: list[Mention], work: str, start: int, end: int, told: list[Mention]) -> list[Mention]:
    """The parts of a restated toll, with the rest of the whole (told in ``told``) given to the whole's side."""
    cue = RESTATING.search(work, start, end)
    if cue is None:
        return mentions
    parts = [i for i, m in enumerate(mentions) if m.role == KILLED and m.parent is None and not m.quantity.vague
             and m.quantity.start >= cue.start()]
    if not parts or not any(mentions[i].rose for i in parts):
        return mentions
    whole = next((m for m in reversed(told) if m.role == KILLED and m.parent is None and not m.quantity.vague), None)
    if whole is None or start - whole.quantity.end > WHOLE_WINDOW:
        return mentions
    if cue.group(0).lower().endswith(("include", "includes", "included")) and whole.value > INCLUDED_MAX:
        return mentions  # "the dead include 130,500 fighters": a part of a period's toll, the rest is no one's figure
    mentions = _syrians_among_foreigners(mentions, parts, whole, work)
    if whole.side is None:
        return mentions  # a whole of no side yet gives way to the parts where it is no larger (``assemble``)
    mentions = _unsided_parts_of_whole(mentions, parts, whole)
    told_parts = sum(mentions[i].value for i in parts)
    if whole.value <= told_parts:
        return mentions
    rest = whole.value - told_parts
    same = next((i for i in parts if mentions[i].side == whole.side), None)
    if same is not None:  # "21 fighters ... 16 of the dead were Iraqis": the Iraqis and the others, all of one side
        out = list(mentions)
        part = out[same]
        out[same] = replace(part, quantity=replace(part.quantity, value=part.value + rest), rose=True)
        return out
    at = cue.start()
    quantity = replace(whole.quantity, value=rest, start=at, end=at, text=str(rest))
    return [*mentions, Mention(KILLED, quantity, whole.side, at, at, whole.actor, whole.nationality, rose=True)]


def _syrians_among_foreigners(mentions: list[Mention], parts: list[int], whole: Mention, work: str) -> list[Mention]:
    """"eight fighters of Iran-backed militias. Among the dead were six Iraqis and two Syrians": the part called Syrian
    is the regime's (SCHEMA), when the whole or another part is of the foreign Iranian-backed side."""
    if whole.side != "pro_iran_foreign" and not any(mentions[i].side == "pro_iran_foreign" for i in parts):
        return mentions
    out = list(mentions)
    for i in parts:
        m = out[i]
        if m.side is None and SYRIAN_OWN.search(work, m.quantity.start, m.group_end):
            out[i] = replace(m, side="regime", nationality="SY", generic=False)
    return out



def _unsided_parts_of_whole(mentions: list[Mention], parts: list[int], whole: Mention) -> list[Mention]:
    """"11 soldiers were killed. The dead include an officer and four NDF members": a part that names no side (a rank,
    "a man") is one of the whole's people, of the whole's side."""
    sided = {mentions[i].side for i in parts if mentions[i].side is not None}
    if whole.side == "unknown" or len(sided) == len(parts) or not sided <= {whole.side}:
        return mentions  # (parts of other sides: the whole is of several, its side is no part's)
    out = list(mentions)
    for i in parts:
        if out[i].side is None:
            out[i] = replace(out[i], side=whole.side, actor=whole.actor, nationality=whole.nationality, generic=False)
    return out
