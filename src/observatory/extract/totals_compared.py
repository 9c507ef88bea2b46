"""A total told with the figure of another period it is compared with (used by ``totals.TotalsBuilder.claims``).

"... the killing of 23 regime soldiers in the desert in July, compared with 16 in June", "recorded 14 deaths in March
2024, ..., compared with 19 deaths in February 2024", "counted 95 troops killed since January, compared to 264 in the
whole of 2023", "..., against 40 during the previous month", "..., down from 31 in 2022": the figure compared with is a
total of the same side (and region) over the period it names.

Read only where the comparison follows the total in its own sentence with no other total between them, its figure is
a plain count (of no percentage nor events: "compared with 30 attacks in June") and a period follows it ("in June", "during
2022", "in the whole of 2023", "last year"); a toll that rises since a report ("up from 63 reported on Sunday") is none.
"""

from __future__ import annotations

import re
from dataclasses import replace
from datetime import date
from typing import Final

from observatory.extract.numbers import CARDINAL_WORD, DIGITS, words_to_int
from observatory.extract.totals_when import period_of
from observatory.models import CumulativeClaim, Span

#: The comparison's words and its figure, with an optional noun of the dead, then its period.
_COMPARED: Final = re.compile(
    r"\b(?:compared\s+(?:with|to)|as\s+against|against|versus|up\s+from|down\s+from)\s+"
    r"(?:(?:at\s+least|about|around|nearly|some|only|just)\s+)?"
    rf"(?P<num>{DIGITS}|(?i:{CARDINAL_WORD}))(?!\s*(?:%|(?i:percent|per\s+cent)))"
    r"(?:\s+(?:deaths|dead|fatalities|victims|(?:people|persons)(?:\s+killed)?|killed))?"
    r"\s+(?P<when>(?:(?:in|during|over|throughout|for)\s+(?:the\s+)?|the\s+|last\s+)[^.;,()\n]{2,40}?)(?=\s*(?:[.;,)]|\n|$))",
    re.IGNORECASE,
)
#: What a comparison's period must hold: a month, a year, or a period word ("the previous month", "last year").
_PERIOD_WORD: Final = re.compile(
    r"\b(?:(?:19|20)\d\d|jan\w*|feb\w*|march|april|may|june|july|aug\w*|sep\w*|oct\w*|nov\w*|dec\w*|"
    r"month|year|week|quarter|half|period)\b",
    re.IGNORECASE,
)
#: How far after its total a comparison may stand.
_REACH: Final = 240
#: A sentence's end: its full stop (not a decimal point) or its line's end.
_STOP: Final = re.compile(r"\.(?!\d)|\n")


def compared_totals(claims: tuple[CumulativeClaim, ...], work: str, published: date | None) -> tuple[CumulativeClaim, ...]:
    """The claims, each followed by the total of the period it is compared with, where its sentence tells one."""
    starts = sorted(c.span.start for c in claims if c.span is not None)
    out: list[CumulativeClaim] = []
    for claim in claims:
        out.append(claim)
        extra = _compared(claim, work, published, starts)
        if extra is not None and extra.span is not None and extra.span.start not in starts:
            out.append(extra)  # (a figure read as a total already stays as read)
    return tuple(out)


def _compared(claim: CumulativeClaim, work: str, published: date | None, starts: list[int]) -> CumulativeClaim | None:
    if claim.span is None:
        return None
    end = _sentence_end(work, claim.span.end)
    m = _COMPARED.search(work, claim.span.end, min(end, claim.span.end + _REACH))
    if m is None or any(claim.span.end <= s < m.start() for s in starts):
        return None  # (another total between them: the comparison is that one's)
    when = m.group("when")
    if not _PERIOD_WORD.search(when):
        return None
    value = words_to_int(m.group("num"))
    if value is None:
        return None
    period = period_of(when, published)
    (since, since_text), (until, until_text) = period if period is not None else ((None, when.strip()), (None, None))
    return replace(claim, killed=value, since=since, until=until, since_text=since_text, until_text=until_text, of_which=(),
                   span=Span(m.start("num"), m.end("num")))


def _sentence_end(work: str, at: int) -> int:
    """Where the sentence holding ``at`` ends: its full stop (not a decimal point) or its line's end."""
    m = _STOP.search(work, at)
    return m.start() if m is not None else len(work)
