"""A ranking by region whose next places are told by their rank ("second", "third", "next") rather than "followed by"
(used by ``totals_rank_tops.regions_ranked``).

* "the Homs desert came first with 714 of the regime deaths, and the Deir Ezzor desert second with 512";
* "the Deir Ezzor desert accounted for the most regime deaths at 71, the Homs desert came next with 38";
* "Homs desert was the deadliest area, with 11 fatalities, .... Second came the Deir ez-Zor desert with nine dead";
* "No area was deadlier than the Hama desert, which accounted for 17 civilian deaths, .... The Homs desert came second
  with nine, and the Deir Ezzor desert third with five".

The top is told in the sentence of the first ranked place or in the sentence right before it; a ranked place without a
top is no ranking, nor is a ranking of counts of events ("came second with 12 attacks") or of months.
"""

from __future__ import annotations

import re
from dataclasses import replace
from typing import Final

from observatory.extract.dates import MONTH_NAMES
from observatory.extract.gates import folded, has_any
from observatory.extract.numbers import words_to_int
from observatory.extract.totals_lines import RANK_NUM, RANK_PLACE, ByParty
from observatory.models import CumulativeClaim

_RANK: Final = r"(?i:second|third|fourth|fifth|sixth|next)"
_RANK_STEMS: Final = ("second", "third", "fourth", "fifth", "sixth", "next")  # every _RANK match holds one
_EVENTS: Final = (r"(?!\s+(?:[\w-]+\s+)?(?i:attacks?|strikes?|airstrikes?|raids?|operations?|incidents?|explosions?|violations?|"
                  r"arrests?|assassinations?)\b)(?!\s*(?:%|(?i:percent|per\s+cent)))")
_SUFFIX: Final = r"(?:\s+(?i:governorate|province|city|region|countryside))?"
#: "<place> came first with N", "<place> ranked first, at N", "<place> accounted for the most regime deaths at 71",
#: "<place> saw the highest toll with N", "<place> was the deadliest area, with N".
_TOP_PLACE: Final = re.compile(
    r"(?:(?i:the)\s+)?" + RANK_PLACE + _SUFFIX + r"(?:\s+(?i:alone|by\s+itself))?\s+(?:"
    r"(?i:came|ranked|placed|finished|was|stood)\s+first(?:\s+place)?|"
    r"(?i:accounted\s+for|saw|recorded|registered|had|suffered|witnessed)\s+the\s+(?i:most|highest|largest|biggest|heaviest)\b[^.;,()]{0,40}?|"
    r"(?i:was|proved)\s+the\s+(?i:deadliest|bloodiest|hardest[- ]hit|worst[- ]hit)(?:\s+(?i:area|region|governorate|province|place))?"
    r")\s*,?\s*(?i:with|at)\s+" + RANK_NUM + _EVENTS
)
#: "No area was deadlier than the Hama desert, which accounted for 17", "No province saw more deaths than Idlib, with 40".
_TOP_NONE: Final = re.compile(
    r"\b(?i:no\s+(?:other\s+)?(?:area|region|province|governorate|place|part))\s+(?i:was|proved|saw|recorded|suffered)\s+"
    r"(?i:deadlier|bloodier|worse[- ]hit|harder[- ]hit|more\s+(?:deaths|fatalities|victims|dead))\s+(?i:than)\s+(?:(?i:the)\s+)?"
    + RANK_PLACE + _SUFFIX + r"\s*,\s*(?:(?i:which|where)\s+(?i:accounted\s+for|recorded|saw|registered|had)\s+|(?i:with)\s+)" + RANK_NUM + _EVENTS
)
#: "First came <place> with N", "Topping the list was <place> with N".
_TOP_FIRST: Final = re.compile(
    r"\b(?i:first\s+came|first\s+was|topping\s+the\s+(?:list|ranking|tally)\s+(?:was|came))\s+(?:(?i:the)\s+)?" + RANK_PLACE + _SUFFIX
    + r"\s*,?\s*(?i:with|at)\s+" + RANK_NUM + _EVENTS
)
#: ", the Homs desert came next with 38", "and the Deir Ezzor desert second with 512", "The Homs desert came second with nine".
_NEXT_PLACE: Final = re.compile(
    r"(?:^|[,;]\s*(?:(?i:and|while|whereas)\s+)?|\s(?i:and|while|whereas)\s+|(?<=[.\n])\s*|(?<=[.\n]\s)|(?<=\n))(?:(?i:the)\s+)?" + RANK_PLACE + _SUFFIX
    + r"\s+(?:(?i:came|ranked|placed|finished|was|stood|followed)\s+)?(?:(?i:in)\s+)?" + _RANK + r"(?:\s+(?i:place))?\s*,?\s*(?i:with|at)\s+"
    + RANK_NUM + _EVENTS
)
#: "Second came the Deir ez-Zor desert with nine", ", and next was Hama with 5".
_NEXT_FIRST: Final = re.compile(
    r"(?:^|[,;]\s*(?:(?i:and)\s+)?|\s(?i:and)\s+|(?<=[.\n])\s*|(?<=[.\n]\s)|(?<=\n))(?i:in\s+)?" + _RANK + r"(?:\s+(?i:place))?\s*,?\s+(?i:came|was|went\s+to|stood)\s+(?:(?i:the)\s+)?"
    + RANK_PLACE + _SUFFIX + r"\s*,?\s*(?i:with|at)\s+" + RANK_NUM + _EVENTS
)
_MONTH: Final = re.compile(r"(?:" + MONTH_NAMES + r")\b")
_TOPS: Final = (_TOP_PLACE, _TOP_NONE, _TOP_FIRST)


def _sentence_before(work: str, start: int) -> int:
    """Where the sentence before the one at ``start`` begins."""
    head = work[:start].rstrip()
    return max(head.rfind(". ", 0, max(0, len(head) - 1)), head.rfind("\n", 0, max(0, len(head) - 1))) + 1


def _ranked_places(work: str, start: int, end: int) -> list[re.Match[str]]:
    found = [m for rx in (_NEXT_PLACE, _NEXT_FIRST) for m in rx.finditer(work, start, end)]
    return sorted(found, key=lambda m: m.start("num"))


def ordinal_ranking(work: str, start: int, end: int) -> list[ByParty]:
    """The figures of a ranking by region in work[start:end] whose next places are told by rank, top first (the top
    may be told in the sentence before); none unless a top and a ranked place are read."""
    if not has_any(folded(work, start, end), _RANK_STEMS):
        return []
    nexts = _ranked_places(work, start, end)
    if not nexts:
        return []
    first = nexts[0].start("num")
    tops = [m for rx in _TOPS for m in rx.finditer(work, start, first) if m.end("num") <= first]
    if not tops:
        before = _sentence_before(work, start)
        tops = [m for rx in _TOPS for m in rx.finditer(work, before, start)]
    if not tops:
        return []
    top = min(tops, key=lambda m: m.start("num"))
    out: list[ByParty] = []
    for m in [top, *nexts]:
        value = words_to_int(m.group("num").replace(",", "").lower())
        if value is None or _MONTH.match(m.group("where")):
            return []
        out.append(ByParty(m.start("num"), m.end("num"), value, (m.start("where"), m.end("where"))))
    return out


def placed_again(claims: list[CumulativeClaim], pairs: list[ByParty], start: int, work: str,
                 seen: set[tuple[str, int, str]]) -> list[CumulativeClaim]:
    """The claims with the figure of a ranking's top read from the sentence before (before ``start``) placed in its
    region: the figure was kept as a total with no region before the ranked places after it were read (its key is
    added to ``seen``, so it is not claimed twice)."""
    early = {(p.start, p.value): work[p.by[0]:p.by[1]] for p in pairs if p.start < start}
    out = []
    for c in claims:
        where = early.get((c.span.start, c.killed)) if early and c.region is None and c.span is not None else None
        if where is not None and c.span is not None:
            seen.add((c.side, c.killed, f"{c.span.start}"))
            c = replace(c, region=where)
        out.append(c)
    return out
