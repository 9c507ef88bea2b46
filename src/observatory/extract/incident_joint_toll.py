"""A joint toll whose parts the report gives as totals is no incident's figure.

"The death toll of the clashes since Tuesday has risen to 11, they are: four Asayish members, five NDF gunmen and two
civilians" (or a headline "... | Death toll rises to 39" over a body that splits the 39 by side): the parts are the
report's running totals, one per side, and the whole they add up to is the same toll told once more. An incident that
took the whole (as a sideless figure, or of the one side a headline guessed) would count those dead again, beside the
totals and beside the incidents the body tells with their own figures. The whole is known by its value: the sum of two
or more totals given one after the other.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import TYPE_CHECKING

from observatory.extract.mention_sides import KILLED, Mention

if TYPE_CHECKING:
    from observatory.extract.core import Draft
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


def joint_tolls(claims: Sequence[CumulativeClaim], work: str) -> dict[int, set[str]]:
    """The wholes of the runs of totals that split one toll by side (two or more totals, each of its own side), each
    with the sides of its parts."""
    out: dict[int, set[str]] = {}
    for group in _groups(claims, work):
        for first in range(len(group)):
            for last in range(first + 2, len(group) + 1):
                run = group[first:last]
                sides = [c.side for c in run]
                whole = sum(c.killed for c in run)
                if len(set(sides)) == len(sides) and whole >= _LEAST:
                    out.setdefault(whole, set()).update(sides)
    return out


def _whole(m: Mention, joint: dict[int, set[str]]) -> bool:
    """The figure is a joint toll's whole: its value, and no side or one of the sides of the parts (a headline's guess:
    "Death toll rises to 39 in clashes between ISIS and SDF"); a figure of another side only shares the number."""
    sides = joint.get(m.value)
    return m.role == KILLED and sides is not None and (m.side in (None, "unknown") or m.side in sides)


def drop_joint_tolls(drafts: list[Draft], joint: dict[int, set[str]]) -> None:
    """Take out of each incident the dead it counts as one of the report's joint tolls (its parts are the totals)."""
    if not joint:
        return
    for d in drafts:
        for key, (m, _) in list(d.counts.items()):
            if _whole(m, joint):
                del d.counts[key]
        d.generic = [(m, s) for m, s in d.generic if not _whole(m, joint)]
