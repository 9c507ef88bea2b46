"""A figure read both as a total and as the toll of events told in the plural with no day of their own: the total's.

"ISIS also lost 10 of its members in the clashes and in airstrikes by Russian jets that accompanied the fighting",
after "SOHR has documented the killing of 14 members of regime forces in the past 24 hours": the ten are a total over
the day's fighting (SCHEMA: a short-window toll over several attacks is a total; each attack described stays an
incident without a toll). The same words were also read as the toll of the airstrikes, an event the sentence names but
does not date and tells in the plural ("airstrikes", "raids"). Such an event keeps its kind and sides and loses the
total's figure; an event with a day of its own or told as one ("in a drone strike on X", also a line of a statistics
block) keeps it.
Tests in tests/test_extract_incident_booked_totals.py.
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING, Final

from observatory.extract.dates import MONTH_NAMES, WEEKDAY_NAMES
from observatory.extract.mention_sides import KILLED
from observatory.extract.text import sentence_around
from observatory.models import CumulativeClaim

if TYPE_CHECKING:
    from observatory.extract.drafts import Draft


#: Events told in the plural: many strikes or clashes, not one.
_MANY: Final = re.compile(r"\b(?:strikes|airstrikes|air\s+strikes|raids|attacks|clashes|ambushes|bombings|operations|sorties)\b",
                          re.IGNORECASE)
#: One event told with an indefinite article ("an attack", "a drone strike", "the killing of a member") or a day
#: ("in March", "on Monday").
_ONE: Final = re.compile(r"\b(?:an?|one)\s+(?:[\w-]+\s+){0,2}?(?:strike|airstrike|raid|attack|clash|ambush|bombing|explosion|blast)\b|"
                         r"\bthe\s+(?:killing|assassination|murder)\s+of\s+(?:an?|one)\b|"
                         r"\b(?:" + WEEKDAY_NAMES + "|" + MONTH_NAMES + r")\b", re.IGNORECASE)


def drop_booked_totals(drafts: list[Draft], claims: tuple[CumulativeClaim, ...], work: str) -> list[Draft]:
    """The drafts without the dead whose figure a total booked in a sentence of many events that tells no day."""
    booked = {(c.span.start, c.killed) for c in claims if c.span is not None}
    for d in drafts:
        for key, (m, _) in list(d.counts.items()):
            if key[0] != KILLED or (m.quantity.start, m.value) not in booked or d.timed:
                continue
            begin, stop = sentence_around(work, m.quantity.start, m.quantity.end)
            dated = d.date is not None and begin <= d.date.start < stop  # (a day told in the figure's own sentence)
            if not dated and _MANY.search(work, begin, stop) and not _ONE.search(work, begin, stop):
                del d.counts[key]
    return drafts
