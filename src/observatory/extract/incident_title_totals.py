"""A title's figure that the body tells as a period or running total is no incident's toll.

"A year after X | ISIS cells kill 724 soldiers ..." over a body that says "SOHR has documented, since 24 March 2019,
... 724 members of regime forces were killed": the title sums a period, and the report's one incident told without
a figure (the event the anniversary recalls) does not take it (``core._title_toll``). The figure counts as told in a
total when it is one of the report's totals, or when a sentence read as a total that opens a list of its parts gives
it ("documented the deaths of 18,096 people ..., distributed as follows:"). A title whose toll of one incident rose
("Death toll of the ambush rises to 37") over a body that tells the rise keeps it.

Only the totals' own figures count, each with its side: the dead a sentence opening a list counts (not the day or the
year of its date: "since 24 March 2019"), and a title's figure of one side is not the total of another ("24 regime
soldiers killed in ISIS ambush" over 24 ISIS members killed since March).
"""

from __future__ import annotations

from collections.abc import Iterable
from datetime import date

from observatory.extract.actors import ActorLexicon
from observatory.extract.casualties import find_mentions
from observatory.extract.mention_sides import KILLED
from observatory.models import CumulativeClaim

#: A total's figure and its side (None or "unknown": of no side told).
Figure = tuple[int, str | None]
_NO_SIDE = (None, "unknown")


def total_figures(work: str, start: int, end: int, lexicon: ActorLexicon, on: date | None) -> set[Figure]:
    """The dead (two or more) that a sentence read as a total counts when it opens a list of its parts (ends in a colon:
    "... documented the deaths of 780 people, as follows:"), each with its side: its own figures of the dead, not its
    parts' nor its date's numbers; none for other sentences (whose totals are the builder's claims)."""
    if not work[start:end].rstrip().endswith(":"):
        return set()
    return {(m.value, m.side) for m in find_mentions(work, start, end, lexicon, on, title_sides=False)
            if m.role == KILLED and m.parent is None and not m.quantity.vague and m.value >= 2}


def told_as_total(value: int, side: str | None, figures: set[Figure]) -> bool:
    """The title's figure is one the body told as a total: the same number, of the same side (or either of no side)."""
    return any(v == value and (s == side or s in _NO_SIDE or side in _NO_SIDE) for v, s in figures)


def with_totals(figures: set[Figure], claims: Iterable[CumulativeClaim]) -> set[Figure]:
    """The figures of the lines that open a list, with the report's totals, each with its side."""
    return figures | {(c.killed, c.side) for c in claims}
