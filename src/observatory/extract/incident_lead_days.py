"""The days a lead toll names ("were killed on Thursday evening and Friday morning"): the incidents it counts, told one
by one after it, may fall on any of them (used by ``incident_scope.itemised_lead`` and, through core, by
``casualty_absorbed.summary_shares``; tests in tests/test_extract_lead_days.py)."""

from __future__ import annotations

import re
from datetime import date

from observatory.extract.dates import DateMention, find_dates

#: What joins a lead's first day to a second one it names, no comma between: "and", "to", "through", "until".
_JOINED = re.compile(r"\s+(?:and|to|through|until|till)\s+(?:on\s+)?", re.IGNORECASE)

#: How far after the first day the second may begin ("on Thursday evening and Friday morning").
_REACH = 40


def lead_days(when: DateMention, work: str, end: int, published: date | None) -> set[date]:
    """The day of ``when`` and the one day joined to it right after ("and Friday morning"), before ``end``."""
    days = {when.value} if when.value is not None else set()
    after = find_dates(work, when.end, min(end, when.end + _REACH), published)
    if after and after[0].value is not None and _JOINED.fullmatch(work, when.end, after[0].start):
        days.add(after[0].value)
    return days
