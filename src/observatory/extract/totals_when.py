"""The period of a sentence of totals (used by ``totals.TotalsBuilder``; moved out of ``totals``).

Constructions handled:

* two named days ("between the 1st and the 15th of May"), a "since ..." phrase, a year header ("The attacks of 2022
  by province:"), else a calendar period (``totals_periods.calendar_period``);
* the period named first wins where a later clause names another ("SOHR has documented the death of 7,307
  people in 2020, ... as the ceasefire that took effect in March ...": 2020, not March);
* the clauses of a run-on sentence that carry no toll, the war's start ("since the outbreak of the Syrian revolution in
  March 2011", "noting that the killing has gone on since March 2011") and a comparison ("the deadliest month since
  2019") are no period of its figures;
* a figureless sentence carries a period to the figures after it less its comparison ("the month saw the sharpest
  escalation since 2020"), save where the next sentence opens "Since then" (``period_words``).
"""

from __future__ import annotations

import re
from datetime import date

from observatory.extract.dates import period_bounds, period_start
from observatory.extract.gates import blank
from observatory.extract.text import Sentence, run_on_clauses
from observatory.extract.totals_blocks import without_comparison
from observatory.extract.totals_cues import WHOLE_WAR
from observatory.extract.totals_periods import YEAR_TO_MONTH, Period, calendar_period, since_period
from observatory.extract.totals_sentences import COUNT, ROLE_WORD

_YEAR = re.compile(r"\b(?:19|20)\d\d\b")
_YEAR_HEADER = re.compile(r"\b(?:in|during|for|throughout)\s+((?:19|20)\d\d)\s*:\s*$", re.IGNORECASE)
#: "since the outbreak of the Syrian revolution in March 2011": the war's start, with its month and year.
_WAR_START = re.compile(r"\bsince\s+the\s+(?:start|beginning|outbreak|eruption)\s+of\s+the\s+(?:[\w-]+\s+){0,3}?(?:revolution|war|conflict|"
                        r"uprising|crisis)(?:\s+in\s+(?:(?:early\s+|mid-?)?March\s+)?2011)?", re.IGNORECASE)


def period_of(chunk: str, published: date | None) -> Period | None:
    """The period ``chunk`` names, or None."""
    bounds = period_bounds(chunk)
    if bounds is not None:
        return (bounds[0], bounds[2]), (bounds[1], bounds[2])
    since = period_start(chunk)
    if since != (None, None) and YEAR_TO_MONTH.search(chunk):  # "since the beginning of 2024 until the end of June"
        return calendar_period(chunk, published) or since_period(chunk, since, published)
    if since != (None, None):
        return since_period(chunk, since, published)
    year = _YEAR_HEADER.search(chunk)  # "The attacks of 2022 by province:"
    if year:
        return (date(int(year.group(1)), 1, 1), year.group(0)), (None, None)
    found = calendar_period(chunk, published)
    phrase = found[0][1] or found[1][1] if found is not None else None
    at = chunk.find(phrase) if phrase else -1
    # (only a month named without its year can give way: "in 2020, ... took effect in March")
    earlier = calendar_period(chunk[:at], published) if at > 0 and not _YEAR.search(phrase or "") and _YEAR.search(chunk, 0, at) else None
    return earlier or found


def period_text(work: str, sent: Sentence, chunk: str, published: date | None) -> str:
    """The sentence with the clauses of a run-on sentence that carry no toll blanked (a curfew "between the 23rd of
    April and the 3rd of May" inside a sentence of totals is not their period), and the war's start blanked, and a
    comparison ("the deadliest month since 2019") blanked where the sentence names its own period besides."""
    chunk = blank(WHOLE_WAR, blank(_WAR_START, chunk))
    compared = without_comparison(chunk)
    chunk = compared if compared != chunk and period_of(compared, published) is not None else chunk
    parts = run_on_clauses(work, sent)
    if len(parts) < 2:
        return chunk
    out = list(chunk)
    for k, p in enumerate(parts):
        text = work[p.start:p.end]
        if k > 0 and not (COUNT.search(text) and ROLE_WORD.search(text)):
            out[p.start - sent.start:p.end - sent.start] = " " * (p.end - p.start)
    return "".join(out)


_SINCE_THEN = re.compile(r"\s*Since\s+then\b", re.IGNORECASE)


def period_words(chunk: str, work: str, end: int) -> str:
    """A figureless sentence's words that may name the period of the figures after it: the sentence less a comparison
    ("the month saw the sharpest escalation since 2020"), unless the next sentence opens "Since then", which points at
    the day the comparison names ("one of the deadliest since the group lost its territory in March 2019. Since then,
    ... have killed 1,200 soldiers")."""
    return chunk if _SINCE_THEN.match(work, end) else without_comparison(chunk)
