"""One event told with its calendar day inside a statistics piece ("The last raid of the year came on 4 May 2021,
when jets hit a depot in X", "Also in June, on the 8th, gunmen shot dead a mukhtar in Y"): an incident of its own,
though the sentences around it are totals and it may name the period ("of the year", "in June")."""

from __future__ import annotations

import re
from datetime import date

from observatory.extract.dates import MONTH_NAMES, find_dates
from observatory.models import DatePrecision

#: A verb of one violent act done to someone or something.
_ACT = re.compile(r"\b(?:ambushed|attacked|targeted|stormed|shelled|struck|hit|shot|exploded|detonated|went\s+off|bombed|"
                  r"assassinated|executed|killing|wounding|injuring)\b", re.IGNORECASE)
#: Words of a count over a period or over many events, left once the day is masked.
_PERIOD = re.compile(r"\bsince\b|\b(?:in|over|during|throughout)\s+the\s+(?:past|last|same|whole)\b|\btoll\b|\btotal\b|"
                     r"\b(?:these|those)\s+(?:\w+\s+)?(?:strikes|attacks|raids|operations)\s+(?:have\s+|had\s+)?(?:killed|left)\b|"
                     r"\b(?:attacks|strikes|raids|operations|bombings)\s+(?:have\s+|had\s+)?(?:killed|left|claimed)\b",
                     re.IGNORECASE)
#: "in June, on the 8th": the month a day of the month is told in.
_MONTH_BEFORE = re.compile(rf"\bin\s+(?:{MONTH_NAMES})"
                           r"(?:\s+(?:19|20)\d\d)?\s*,?\s*$", re.IGNORECASE)
_FEW = 10
#: The day told as the start of a period: "since the 24th of March 2019", "from 1 May" (round 71).
_OPENS_PERIOD = re.compile(r"\W*(?:since|from|between)\b", re.IGNORECASE)
_OPENS_PERIOD_BEFORE = re.compile(r"\b(?:since|from|between)\s+(?:the\s+)?$", re.IGNORECASE)


def calendar_day_event(chunk: str, published: date | None) -> bool:
    """The sentence tells one act of violence on a calendar day it names ("on 4 May", "on the 8th"), with no count
    over a period or over many events and no figure above a few."""
    days = [d for d in find_dates(chunk, 0, len(chunk), published)
            if d.precision == DatePrecision.DAY and any(ch.isdigit() for ch in d.text)]
    if not days or _ACT.search(chunk) is None:
        return False
    if any(_OPENS_PERIOD.match(d.text) or _OPENS_PERIOD_BEFORE.search(chunk, 0, d.start) for d in days):
        return False  # "Since the 24th of March 2019, SOHR has documented the killing of:": the day opens a period
    masked = chunk
    for d in days:
        month = _MONTH_BEFORE.search(masked, 0, d.start)
        begin = month.start() if month is not None else d.start
        masked = masked[:begin] + " " * (d.end - begin) + masked[d.end:]
    if _PERIOD.search(masked):
        return False
    return all(int(n.replace(",", "")) <= _FEW for n in re.findall(r"\b\d[\d,]*\b", masked))
