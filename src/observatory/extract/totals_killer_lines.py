"""A line of a list by killer whose figure the line then splits by side (used by ``totals_killer_shares``).

"Killed by ISIS cells: 214, they are 63 civilians and 151 members of SDF, ..." and "Killed by Turkish drones and
shelling: 14, they are: nine SDF members, three civilians and two regime soldiers": the line's figure counts the dead of
several sides, and is read as a total of the killer with the sides as its parts. Each part is a total of its own side
with the killer as ``perpetrator``; the line's own figure (of no one side) is not. Only where the parts add up to it.
"""

from __future__ import annotations

import re
from dataclasses import replace
from typing import Final

from observatory.models import SIDES, CumulativeClaim, Span

#: "Killed by <killer>: N, they are" at a line's start.
_LINE: Final = re.compile(r"^\W*(?:killed|those\s+killed)\s+by\s+[^:\n]{2,80}:\s*(?=\d)", re.IGNORECASE | re.MULTILINE)
#: What follows the figure: "they are", "namely", "distributed as follows" (the sides it holds).
_THEY_ARE: Final = re.compile(r"\s*,?\s*(?:they\s+are|namely|distributed\s+as\s+follows)\b", re.IGNORECASE)


def split_killer_lines(claims: list[CumulativeClaim], work: str) -> list[CumulativeClaim]:
    """The claims with each killer line's figure replaced by its parts by side, each a total of that side by the killer."""
    if "killed by" not in work.lower():
        return claims
    starts = {m.end(): m for m in _LINE.finditer(work)}
    out: list[CumulativeClaim] = []
    for claim in claims:
        parts = _side_parts(claim)
        span = claim.span
        if (
            span is None
            or span.start not in starts
            or not parts
            or not _THEY_ARE.match(work, _number_end(work, span.start))
        ):
            out.append(claim)
            continue
        for side, value in parts:
            out.append(
                replace(
                    claim, side=side, killed=value, of_which=(), perpetrator=claim.side, span=Span(span.start, span.end)
                )
            )
    return out


def _side_parts(claim: CumulativeClaim) -> list[tuple[str, int]]:
    """The parts of the claim that are sides (two or more, adding up to its figure), else none; parts of no side
    ("nine SDF members, including two female fighters": a kind inside another part) are left out when the others add up."""
    parts = [(label, n) for label, n in claim.of_which if label in SIDES and label != claim.side]
    named = [(label, n) for label, n in parts if label != "unknown"]
    for found in (parts, named):
        if len(found) >= 2 and sum(n for _, n in found) == claim.killed:
            return found
    return []


def _number_end(work: str, at: int) -> int:
    """Where the figure that starts at ``at`` ends."""
    m = re.match(r"\d[\d,]*", work[at:])
    return at + m.end() if m else at
