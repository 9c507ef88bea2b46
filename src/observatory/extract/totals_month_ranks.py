"""The tolls of single months told as a ranking or the extremes of a period (used by ``core`` after the totals).

"Monthly, the deadliest was March 2021, with 112 fatalities, followed by January with 97", "December was the deadliest
month for regime forces, with 87 soldiers and militiamen killed, followed by April with 68", "The highest monthly toll
was recorded in January, with 18 fatalities", "The highest monthly toll among regime forces was recorded in March, with
64 fatalities, while the lowest was recorded in November, with 19": each month's figure is a total over that month.

Its side is the side the sentence names (not a generic word), else the one side of the report's totals so far, else
unknown (the months of a toll of several sides: SCHEMA, a total of all sides). Read only in a sentence that ranks months
("monthly", "the deadliest month", "the month with the highest toll"), never in a ranking of places by a month's toll
("Daraa governorate saw the highest death toll in March, with 22 civilians": no month ranked), nor for a share in
percent or a count of events ("with 40 attacks").
"""

from __future__ import annotations

import re
from datetime import date
from typing import Final

from observatory.extract.actors import GENERIC_ALIASES, ActorLexicon
from observatory.extract.dates import MONTH_NAMES
from observatory.extract.numbers import CARDINAL_WORD, DIGITS, words_to_int
from observatory.extract.totals_periods import calendar_period
from observatory.models import CumulativeClaim, Span

#: A sentence that ranks months: "Monthly, the deadliest ...", "the deadliest month", "the highest monthly toll".
_RANKS_MONTHS: Final = re.compile(
    r"\bmonthly\b|\b(?:deadliest|bloodiest|worst|heaviest|highest|lowest|least\s+deadly)\s+month\b|"
    r"\bmonths?\s+with\s+the\s+(?:highest|most|largest|heaviest)\b",
    re.IGNORECASE,
)
#: A month and its figure: "March 2021, with 112", "December was the deadliest month for X, with 87", "January (97)".
_MONTH_FIGURE: Final = re.compile(
    rf"\b(?P<month>(?:{MONTH_NAMES})(?:\s+(?:19|20)\d\d)?)\b(?P<gap>[^.;\d]{{0,70}}?)(?:\bwith\s+|\(\s*)"
    rf"(?:(?i:about|around|nearly|some|at\s+least)\s+)?(?P<num>{DIGITS}|(?i:{CARDINAL_WORD})\b)(?!\d)(?!\s*(?:%|(?i:percent|per\s+cent)))"
    r"(?!\s+(?i:attacks?|strikes?|airstrikes?|raids?|operations?|incidents?|explosions?|violations?|assassinations?))"
)
#: A place ranked by its toll in the gap between a month and its figure: no month ranked.
_PLACE_RANK: Final = re.compile(r"\b(?:governorate|province|city|desert|countryside|region|area)\b", re.IGNORECASE)
#: How far after the first figure its noun may name the side ("with 87 soldiers and militiamen killed").
_NOUN: Final = 30
#: A sentence's end.
_STOP: Final = re.compile(r"(?<!\d)\.(?!\d)|\n")


def month_totals(claims: tuple[CumulativeClaim, ...], work: str, lexicon: ActorLexicon,
                 published: date | None) -> tuple[CumulativeClaim, ...]:
    """The claims, with the months' totals of the sentences that rank months added after them."""
    if not claims or _RANKS_MONTHS.search(work) is None:
        return claims
    taken = {c.span.start for c in claims if c.span is not None}
    out = list(claims)
    for cue in _RANKS_MONTHS.finditer(work):
        start = max(work.rfind(".", 0, cue.start()), work.rfind("\n", 0, cue.start())) + 1
        stop = _STOP.search(work, cue.end())
        end = stop.start() if stop is not None else len(work)
        before = [c for c in out if c.span is not None and c.span.start < start]
        figures = list(_MONTH_FIGURE.finditer(work, start, end))
        side = _side(work, start, min(end, figures[0].end() + _NOUN), lexicon, published, before) if figures else None
        for m in figures:
            value = words_to_int(m.group("num"))
            if m.start("num") in taken or _PLACE_RANK.search(m.group("gap")) or side is None or value is None:
                continue
            taken.add(m.start("num"))
            found = calendar_period(f"in {m.group('month')}", published)
            (since, _), (until, _) = found if found is not None else ((None, None), (None, None))
            out.append(CumulativeClaim(report_id=claims[0].report_id, side=side, killed=value,
                                       since=since, until=until, span=Span(m.start("num"), m.end("num")),
                                       since_text=m.group("month")))
    return tuple(out)


def _side(work: str, start: int, end: int, lexicon: ActorLexicon, published: date | None,
          before: list[CumulativeClaim]) -> str | None:
    """The side the sentence names up to its first figure's noun, else the one side of the totals before, else unknown (none before: None)."""
    named = [a.side for a in lexicon.find(work, start, end, published)
             if a.side not in (None, "unknown") and a.alias.lower() not in GENERIC_ALIASES]
    if named:
        return named[0]
    sides = {c.side for c in before if c.region is None}
    if not sides:
        return None
    return next(iter(sides)) if len(sides) == 1 else "unknown"

