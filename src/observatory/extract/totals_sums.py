"""Overall figures of no side that the lines after them add up to (used by ``totals``): the parts are the totals (a share
of a line, "77 of the civilians killed by Russian strikes", is left out of the sum); also an overall figure read as of one
side that lines of several sides add up to exactly (``_split_by_side``)."""

from __future__ import annotations

import re

from observatory.models import CumulativeClaim


def drop_sums(claims: list[CumulativeClaim], work: str = "") -> list[CumulativeClaim]:
    """An overall figure of no side followed by its parts ("24 persons"; "20 fighters", "three soldiers", "one civilian")
    is not a total of its own: the parts are."""
    out = []
    for j, claim in enumerate(claims):
        if claim.side == "unknown" and _sum_follows(claim, claims[j + 1:]) or _bare(claim, work) and _split_by_side(claim, claims[j + 1:]):
            continue
        out.append(claim)
    return out


def _bare(claim: CumulativeClaim, work: str) -> bool:
    """A figure that names no people of its own ("has risen to 154"): its side was read from the words around it."""
    return claim.span is not None and not re.search(r"[A-Za-z]", work[claim.span.start:claim.span.end])


def _split_by_side(overall: CumulativeClaim, rest: list[CumulativeClaim]) -> bool:
    """"The death toll ... has risen to 154" (a bare figure, read as of the attackers' side), then "the dead include 102 ISIS members,
    45 SDF members and seven civilians": the lines of the same period right after it add up to it exactly and name
    two sides or more besides unknown, one of them its own: a whole split by side, not a total of its side (round eight)."""
    lines = []
    for c in rest[:12]:
        if (c.since, c.until, c.region) != (overall.since, overall.until, overall.region):
            break
        lines.append(c)
    running = 0
    for n, c in enumerate(lines, 1):
        running += c.killed
        if running == overall.killed:
            sides = {x.side for x in lines[:n]} - {"unknown"}
            return n >= 2 and len(sides) >= 2 and overall.side in sides
    return False


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
