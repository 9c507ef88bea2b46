"""How ``totals.TotalsBuilder`` sets the period a total covers: the methods it inherits from ``TotalsBuilderPeriods``.

* the sentence's own period ("since ...", "between ... and ..."), else the one a figureless sentence just before gave
  ("... since January has reached 8. These attacks left 9 fatalities"), else the block's (``_set_period``), and whether
  the sentence just before gave one (``_recent``);
* a period for each figure where the stretches between figures name different ones ("1,271 civilians ... in 2021,
  adding that 69 ... in December 2021"; ``_segment_periods``), and the clause's own period ("killed 9 in the past 24
  hours, bringing the number killed since the start of the year to 205"; ``_clause_period``).
"""

from __future__ import annotations

from datetime import date

from observatory.extract import totals_marks as marks
from observatory.extract.casualties import Mention
from observatory.extract.gates import blank
from observatory.extract.text import Sentence
from observatory.extract.totals_cues import (
    WHOLE_WAR,
)
from observatory.extract.totals_deaths_header import deaths_header_period
from observatory.extract.totals_month_anaphor import month_referred
from observatory.extract.totals_periods import Period
from observatory.extract.totals_when import period_of
from observatory.models import Report


class TotalsBuilderPeriods:
    """The period methods of ``TotalsBuilder`` (which sets these attributes)."""

    report: Report
    work: str
    _in_stats: bool
    _since: tuple[date | None, str | None]
    _until: tuple[date | None, str | None]
    _index: int
    _last_total: int
    _carry: tuple[int, tuple[tuple[date | None, str | None], tuple[date | None, str | None]] | None] | None

    def _set_period(self, chunk: str, new_block: bool, at: int | None = None) -> None:
        """The period a total covers: this sentence's ("since ...", "between ... and ..."; "during the month" told of
        the month named before ``at``, where the sentence starts), else the one a figureless sentence just before gave
        ("... since January has reached 8. These attacks left 9 fatalities"), else the block's."""
        period = period_of(chunk, self.report.published)
        if period is None and at is not None:
            period = month_referred(self.work, at, chunk, self.report.published)
        if period is not None:
            self._since, self._until = period
        elif self._carry is not None and self._carry[0] >= self._index - 2 and self._carry[1] is not None:
            self._since, self._until = self._carry[1]
        elif new_block and not self._in_stats and not (self._last_total == self._index - 1 and marks.list_header(chunk)):
            self._since, self._until = (None, None), (None, None)  # ("The fatalities are distributed as follows:" continues)
        self._carry = None

    def _deaths_header(self, sent: Sentence, chunk: str) -> bool:
        """A "... resulted in the deaths of:" header that refers back to a period told before ("Since early 2024, ...
        82 strikes. Those strikes resulted in the deaths of:"): that period, for the lines after (``totals_deaths_header``)."""
        period = deaths_header_period(self.work, sent.start, chunk, self.report.published)
        if period is not None:
            self._since, self._until = period
        return period is not None

    def _recent(self) -> bool:
        """Whether the sentence just before gave a total with a period, or a period without a figure."""
        carried = self._carry is not None and self._carry[0] == self._index - 1 and self._carry[1] is not None
        return carried or self._last_total == self._index - 1 and self._since != (None, None)

    def _segment_periods(self, sent: Sentence, mentions: list[Mention], sides: list[str | None]) -> dict[int, Period]:
        """"1,271 civilians ... were killed in 2021, adding that 69 civilians were killed in December 2021": where the
        stretches from each figure to the next name different periods, each figure takes its own stretch's."""
        tops = [i for i, m in enumerate(mentions) if m.parent is None and not m.quantity.vague and sides[i] is not None]
        if len(tops) < 2:
            return {}
        ends = [mentions[k].quantity.start for k in tops[1:]] + [sent.end]
        found: dict[int, Period] = {}
        for i, stop in zip(tops, ends, strict=True):
            period = period_of(blank(WHOLE_WAR, self.work[mentions[i].quantity.start:stop]), self.report.published)
            if period is not None:
                found[i] = period
        return found if len(set(found.values())) >= 2 else {}

    def _clause_period(self, sent: Sentence, m: Mention) -> Period:
        """The period of the clause that holds the figure, where it names its own ("killed 9 in the past 24 hours, bringing
        the number killed since the start of the year to 205": 9 is a figure of the 24 hours), else the sentence's."""
        at = m.quantity.start - sent.start
        chunk = self.work[sent.start:sent.end]
        lo = max(chunk.rfind(",", 0, at), chunk.rfind(";", 0, at)) + 1
        hi = min((k for k in (chunk.find(",", at), chunk.find(";", at)) if k >= 0), default=len(chunk))
        own = period_of(chunk[lo:hi], self.report.published) if lo > 0 or hi < len(chunk) else None
        return own if own is not None else (self._since, self._until)
