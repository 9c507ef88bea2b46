"""A list by perpetrator split at its semicolons, its victims left out after the first line (used by
``totals.TotalsBuilder._add``).

"Regime forces killed 11 civilians, including three children; Russian forces killed two; ISIS killed four; the SDF
killed five; while 72 civilians were killed at the hands of other parties": the sentence is read one clause at a time,
so "Russian forces killed two" comes alone, its figure of no side. Its victims are those of the line before: the bare
figure is a total of that line's side (the killer named before "killed" is who killed them, not whose dead they are).
Constructions handled (any killer, "has killed"/"killed", the clause opened by "and", "while" or nothing):

* "; Russian forces killed two;" after "X killed 11 civilians" of the same sentence;
* "; ISIS killed four; while 72 civilians were killed by other parties": the bare figure only (the civilians name their
  own side).

A list by perpetrator told in one sentence after a figureless header that names the victims ("SOHR also documented
the deaths of civilians as follows: eight were killed by ISIS cells; six by Turkish drones; and four by landmines"): the
figures are of the side the header names (``header_side``).

Not a line of such a list: a bare figure with a noun after it ("killed two soldiers"), a figure far from the line
before or after a full stop, or a line before that is no active line ("11 civilians were killed in shelling").
"""

from __future__ import annotations

import re
from datetime import date

from observatory.extract.actors import ActorLexicon
from observatory.extract.mention_sides import Mention
from observatory.models import CumulativeClaim

#: "<killer> killed " right before a bare figure, the killer opening the clause.
_DOER_KILLED = re.compile(r"(?:^|[;,:]|\bwhile|\band)\s*(?:and\s+|while\s+)?(?:the\s+|all\s+)?[A-Z][\w'/()-]*(?:\s+[\w'/()-]+){0,6}?\s+"
                          r"(?:(?:has|have|had)\s+)?killed\s+(?:at\s+least\s+|about\s+|nearly\s+|more\s+than\s+)?$")
#: The figure ends its clause ("two;", "four, ", "five." or the end of the piece).
_ENDS = re.compile(r"\s*(?:[;,.)]|\band\b|\bwhile\b|$)")
#: The line before: "<killer> killed 11 civilians": an active line of the list.
_KILLED_BEFORE = re.compile(r"\bkilled\s+(?:at\s+least\s+|about\s+|nearly\s+|more\s+than\s+)?$")


def elliptic_sides(work: str, start: int, mentions: list[Mention], sides: list[str | None],
                   last: CumulativeClaim | None) -> list[str | None]:
    """The sides of the bare figures of a clause of a list by perpetrator: the side of the line before (``last``)."""
    if last is None or last.span is None or not any(s is None for s in sides):
        return sides
    gap = work[last.span.end:start]
    if len(gap) > 120 or "." in gap or ";" not in gap:
        return sides  # (the line before ends the clause before this one, in the same sentence)
    head = last.span.start
    if not _KILLED_BEFORE.search(work, max(0, head - 30), head):
        return sides
    out = list(sides)
    for i, m in enumerate(mentions):
        if sides[i] is not None or m.parent is not None or m.quantity.vague:
            continue
        if _DOER_KILLED.search(work[start:m.quantity.start]) and _ENDS.match(work, m.quantity.end):
            out[i] = last.side
    return out


#: "SOHR also documented the deaths of civilians as follows:", "Civilians were killed as follows:": a figureless header of a
#: list by perpetrator that names its victims' side.
_HEADER = re.compile(r"[^:.;\d]{0,160}?\b(?:as\s+follows|distributed|broken\s+down|divided)\b[^:.;\d]{0,40}:", re.IGNORECASE)


def header_side(work: str, start: int, first: int, lexicon: ActorLexicon, on: date | None) -> str | None:
    """The one side the figureless header of a list by perpetrator names ("the deaths of civilians as follows: eight
    were killed by ISIS cells; six by Turkish drones; ..."), the list starting at ``first``."""
    head = _HEADER.match(work, start, first)
    if head is None:
        return None
    found = {a.side for a in lexicon.find(work, start, head.end(), on) if a.side != "unknown"}
    return found.pop() if len(found) == 1 else None
