"""Overall figures of no side that the lines after them add up to (used by ``totals``): the parts are the totals."""

from __future__ import annotations

from observatory.models import CumulativeClaim


def drop_sums(claims: list[CumulativeClaim]) -> list[CumulativeClaim]:
    """An overall figure of no side followed by its parts ("24 persons"; "20 fighters", "three soldiers", "one civilian")
    is not a total of its own: the parts are."""
    out = []
    for j, claim in enumerate(claims):
        if claim.side == "unknown" and _sum_follows(claim, claims[j + 1:]):
            continue
        out.append(claim)
    return out


def _sum_follows(overall: CumulativeClaim, rest: list[CumulativeClaim]) -> bool:
    """The lines after the overall figure add up to it: the lines of no perpetrator ("Of them, 129 by Russian
    airstrikes" is a part of a line, not a line), or all of them ("SDF: 1, a fighter shot dead by ISIS" is a line)."""
    return _adds_up(overall, [c for c in rest if c.perpetrator is None]) or _adds_up(overall, rest)


def _adds_up(overall: CumulativeClaim, lines: list[CumulativeClaim]) -> bool:
    running = 0
    sides: set[str] = set()
    for n, claim in enumerate(lines[:12], 1):
        if claim.region != overall.region:
            return False
        running += claim.killed
        sides.add(claim.side)
        if running == overall.killed:
            return n >= 2 and sides != {"unknown"}
        if running > overall.killed:
            return False
    return False
