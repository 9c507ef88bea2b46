"""A title's figure that the body tells as a period or running total is no incident's toll.

"A year after X | ISIS cells kill 724 soldiers ..." over a body that says "SOHR has documented, since 24 March 2019,
... 724 members of regime forces were killed": the title sums a period, and the report's one incident told without
a figure (the event the anniversary recalls) does not take it (``core._title_toll``). The figure counts as told in a
total when it is one of the report's totals, or when a sentence read as a total that opens a list of its parts gives
it ("documented the deaths of 18,096 people ..., distributed as follows:"). A title whose toll of one incident rose
("Death toll of the ambush rises to 37") over a body that tells the rise keeps it.
"""

from __future__ import annotations

from collections.abc import Iterable

from observatory.extract.numbers import find_quantities
from observatory.models import CumulativeClaim


def total_figures(chunk: str) -> set[int]:
    """The exact numbers (two or more) of a sentence read as a total that opens a list of its parts (ends in a
    colon: "... documented the deaths of 780 people, as follows:"); none for other sentences (whose totals are
    the builder's claims)."""
    if not chunk.rstrip().endswith(":"):
        return set()
    return {q.value for q in find_quantities(chunk) if not q.vague and q.value >= 2}


def told_as_total(value: int, figures: set[int]) -> bool:
    """The title's figure is one the body told in a sentence of totals."""
    return value in figures


def with_totals(figures: set[int], claims: Iterable[CumulativeClaim]) -> set[int]:
    """The numbers of the lines that open a list, with the figures of the report's totals."""
    return figures | {c.killed for c in claims}
