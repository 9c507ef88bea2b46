"""Totals of a side that only does harm in these reports (used by ``totals.TotalsBuilder.claims``).

A line of a list by cause or perpetrator ("- 29 were killed in Israeli strikes on Damascus and Homs", "Strikes by
aircraft believed to be Israeli killed 15") names who killed its people, not whose they were: Israel strikes Syria
and has no dead of its own in these reports, so a figure read as Israel's dead is no total of a side.
"""

from __future__ import annotations

from observatory.models import DOER_ONLY_SIDES, CumulativeClaim


def without_doer_sides(claims: tuple[CumulativeClaim, ...]) -> tuple[CumulativeClaim, ...]:
    """The totals less those whose side only does harm."""
    return tuple(c for c in claims if c.side not in DOER_ONLY_SIDES)
