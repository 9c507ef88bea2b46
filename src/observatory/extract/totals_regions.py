"""The side of a regional split that names no side (used by ``totals.TotalsBuilder``).

A statistics block that lists its dead by side ("173 regime soldiers ...", "118 ISIS members ...", "107 civilians ...")
and then ranks regions without naming a side ("the Homs desert saw the highest toll with 164 fatalities, followed by
...") splits the block's whole toll, not the last line's: the regions are of side ``unknown``. A block of one side
("98 civilians ... Daraa saw the highest toll") keeps that side, and a split that names its side ("Regime losses by
region: ...") is read by the caller before this.
"""

from __future__ import annotations

from observatory.models import CumulativeClaim


def across_sides(claims: list[CumulativeClaim]) -> str | None:
    """``unknown`` when the lines of the block just before (the claims of the last claim's period, back to the last
    regional one) are of two or more sides; None otherwise."""
    sides: set[str] = set()
    period = (claims[-1].since, claims[-1].until) if claims else None
    for claim in reversed(claims):
        if claim.region is not None or (claim.since, claim.until) != period:
            break
        sides.add(claim.side)
    sides.discard("unknown")
    return "unknown" if len(sides) >= 2 else None
