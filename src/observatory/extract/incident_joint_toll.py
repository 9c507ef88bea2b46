"""A joint toll whose parts the report gives as totals is no incident's figure.

"The death toll of the clashes since Tuesday has risen to 11, they are: four Asayish members, five NDF gunmen and two
civilians" (or a headline "... | Death toll rises to 39" over a body that splits the 39 by side): the parts are the
report's running totals, one per side (or two lines of one side, distinct categories: "26 members of the factions,
two Turkish soldiers"), and the whole they add up to is the same toll told once more. An incident that
took the whole (as a sideless figure, or of the one side a headline guessed) would count those dead again, beside the
totals and beside the incidents the body tells with their own figures. The whole is known by its value, the sum of two
or more totals given one after the other, and by where it is told: in the title (a headline's toll), or as a figure of
no side on the line of those totals or on the line just before them ("violence across the country claimed 91 lives"
over "57 civilians, 21 soldiers and 13 rebels were killed"). The same sum elsewhere in the body is another event's own
toll that only shares the number ("Separately, a drone strike killed 11 ISIS members" after 4 SDF and 7 ISIS dead
since Tuesday).
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass
from typing import TYPE_CHECKING

from observatory.extract.mention_sides import KILLED, Mention
from observatory.extract.text import line_around

if TYPE_CHECKING:
    from observatory.extract.drafts import Draft
    from observatory.models import CumulativeClaim

#: A smaller sum says too little to tell a joint toll from an incident's own figure.
_LEAST = 3


def _key(c: CumulativeClaim) -> tuple[object, ...]:
    return c.since, c.until, c.since_text, c.region


def _groups(claims: Sequence[CumulativeClaim], work: str) -> list[list[CumulativeClaim]]:
    """The report's totals in runs told together: one after the other, of one period, on one line of the text."""
    runs: list[list[CumulativeClaim]] = []
    for c in claims:
        last = runs[-1][-1] if runs else None
        if last is not None and _key(last) == _key(c) and last.span is not None and c.span is not None \
                and "\n" not in work[min(last.span.start, c.span.start):max(last.span.end, c.span.end)]:
            runs[-1].append(c)
        else:
            runs.append([c])
    return runs


@dataclass(frozen=True)
class JointToll:
    """The whole of a run of totals that splits one toll by side: its value, the sides of its parts, and the line
    (paragraph) of the text that tells them, as [start, end) offsets."""

    whole: int
    sides: frozenset[str]
    line: tuple[int, int]


def joint_runs(claims: Sequence[CumulativeClaim], work: str) -> list[JointToll]:
    """The wholes of the runs of totals that split one toll by side (two or more totals, of two sides or more; lines of
    one side may repeat, as distinct categories of it)."""
    out: list[JointToll] = []
    for group in _groups(claims, work):
        for first in range(len(group)):
            for last in range(first + 2, len(group) + 1):
                run = group[first:last]
                sides = [c.side for c in run]
                whole = sum(c.killed for c in run)
                if len(set(sides)) >= 2 and whole >= _LEAST and run[0].span is not None:
                    out.append(JointToll(whole, frozenset(sides), line_around(work, run[0].span.start)))
    return out


def joint_tolls(claims: Sequence[CumulativeClaim], work: str) -> dict[int, set[str]]:
    """The wholes of the report's joint tolls, each with the sides of its parts."""
    out: dict[int, set[str]] = {}
    for j in joint_runs(claims, work):
        out.setdefault(j.whole, set()).update(j.sides)
    return out


#: A line of the story (closed by a stop): the title and the lines over it (menus, datelines) come before any.
_STORY_LINE = re.compile(r"[.!?:;][\"'\u201d)]?[ \t]*\n")


def _in_title(line: tuple[int, int], work: str) -> bool:
    """The line is the report's headline: not closed by a stop, with no line of the story before it."""
    text = work[line[0]:line[1]].rstrip()
    return bool(text) and text[-1] not in ".!?:;" and _STORY_LINE.search(work, 0, line[0]) is None


def _whole(m: Mention, joint: Sequence[JointToll], work: str) -> bool:
    """The figure is a joint toll's whole: its value, told in the title with no side or one of the sides of the parts (a
    headline's guess: "Death toll rises to 39 in clashes between ISIS and SDF"), or told with no side on the parts' line
    or the line just before it; a figure of another side, or told elsewhere, only shares the number."""
    if m.role != KILLED:
        return False
    line = line_around(work, m.quantity.start)
    sideless = m.side in (None, "unknown")
    for j in joint:
        if j.whole != m.value:
            continue
        if _in_title(line, work) and (sideless or m.side in j.sides):
            return True
        if sideless and (line == j.line or line[1] < j.line[0] and not work[line[1]:j.line[0]].strip()):
            return True
    return False


def drop_joint_tolls(drafts: list[Draft], joint: Sequence[JointToll], work: str) -> None:
    """Take out of each incident the dead it counts as one of the report's joint tolls (its parts are the totals)."""
    if not joint:
        return
    for d in drafts:
        for key, (m, _) in list(d.counts.items()):
            if _whole(m, joint, work):
                del d.counts[key]
        d.generic = [(m, s) for m, s in d.generic if not _whole(m, joint, work)]
