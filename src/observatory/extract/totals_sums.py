"""Overall figures of no side that the lines after them add up to (used by ``totals``): the parts are the totals (a share
of a line, "77 of the civilians killed by Russian strikes", is left out of the sum)."""

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
    return (_adds_up(overall, [c for c in rest if c.perpetrator is None]) or _adds_up(overall, rest)
            or _adds_up(overall, _without_subcounts(rest)))


def _without_subcounts(lines: list[CumulativeClaim]) -> list[CumulativeClaim]:
    """The lines less those smaller than an earlier line of the same side ("1,505 civilians ... Russian strikes alone
    killed 77 civilians"): a share of that line, not a line of the sum."""
    out: list[CumulativeClaim] = []
    for claim in lines:
        if any(c.side == claim.side and c.killed > claim.killed and c.region == claim.region for c in out):
            continue
        out.append(claim)
    return out


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
