""""During the month" told of the month the report named before it (round 59, tests in
tests/test_extract_round59_readings.py).

"Security chaos continued throughout September in the areas of ... SOHR documented 34 fatalities in these areas during
the month, they are:": the toll's own words name no month, but "the month" is the one told just before, in the text
or in the title ("September 2022 | 34 people killed ..."). The nearest month named before the sentence (within
``_REACH`` characters) with a word that makes it a span of time ("in", "during", "throughout", "of", or the title's
"September 2022") gives the period, its year as printed or the latest such month up to publication; not "the past
month" or "the last month" (a window back from publication, read by ``totals_periods``), and not "the month of X"
(a month named in the phrase itself). A month without its year that dates a deed told in passing ("despite the
agreements sponsored by Russia in September") gives way to the month with its year named before it ("in October
2021"; round 64).
"""

from __future__ import annotations

import re
from datetime import date
from typing import Final

from observatory.extract.dates import MONTH_NAMES
from observatory.extract.totals_periods import Period, calendar_period
from observatory.extract.totals_sentences import is_period_total

#: "during the month", "over the month", "throughout the month" (not "the month of May", "the past month").
_THE_MONTH: Final = re.compile(r"\b(?:during|over|throughout)\s+the\s+month\b(?!\s+of\b)", re.IGNORECASE)
#: A month named as a span of time before the sentence: "throughout September", "in March 2023", a title's
#: "September 2022 |" (a month and year at a line's start).
_NAMED_MONTH: Final = re.compile(rf"(?:\b(?i:in|during|throughout|over|of|for)\s+(?i:the\s+month\s+of\s+)?|^)(?P<month>{MONTH_NAMES})"
                                 r"(?:\s*,?\s*(?P<year>(?:19|20)\d\d))?\b(?!\s*\d)", re.MULTILINE)
_REACH: Final = 600
#: A month that dates a deed told in passing ("agreements sponsored by Russia in September", "signed in May"): not the
#: month the toll counts, where a month with its year was named before it ("in October 2021, despite ...": round 64).
_NAMES_PAST_DEED: Final = re.compile(r"\b[a-z]+ed\b(?:\s+by\s+(?:[\w-]+\s+){1,3}?)?\s*(?:in|during|of|for)\s*$")


def month_total(work: str, at: int, chunk: str, published: date | None) -> bool:
    """Whether ``chunk`` would be a period total with the month it refers back to named in it ("SOHR documented 34
    fatalities in these areas during the month, they are:" read as "... during September, they are:")."""
    told = _THE_MONTH.search(chunk)
    named = _month_told_before(work, at) if told is not None else None
    if told is None or named is None or _month_days(named, told, published) is None:
        return False
    return is_period_total(f"{chunk[:told.start()]}during {named}{chunk[told.end():]}")


def month_referred(work: str, at: int, chunk: str, published: date | None) -> Period | None:
    """The month "during the month" in ``chunk`` (a sentence starting at ``at``) refers back to, or None (also where
    neither the text nor the publication date gives its year)."""
    told = _THE_MONTH.search(chunk)
    named = _month_told_before(work, at) if told is not None else None
    return None if told is None or named is None else _month_days(named, told, published)


def _month_days(named: str, told: re.Match[str], published: date | None) -> Period | None:
    """The first and last day of the month ``named`` ("September 2022", "September"), quoted by the words ``told``."""
    found = calendar_period(f"during {named}", published)
    if found is None or found[0][0] is None:
        return None
    return (found[0][0], told.group(0)), (found[1][0], told.group(0))


def _month_told_before(work: str, at: int) -> str | None:
    """The last month named as a span of time in the ``_REACH`` characters before ``at`` ("September 2022",
    "September"), or None."""
    named = list(_NAMED_MONTH.finditer(work, max(0, at - _REACH), at))
    if not named:
        return None
    last = named[-1]
    dated = [m for m in named if m.group("year")]
    if dated and not last.group("year") and _NAMES_PAST_DEED.search(work, max(0, last.start() - 40), last.start("month")):
        last = dated[-1]  # ("in October 2021, despite the agreements sponsored by Russia in September": October)
    return f"{last.group('month')} {last.group('year')}" if last.group("year") else last.group("month")
