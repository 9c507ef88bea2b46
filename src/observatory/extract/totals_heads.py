"""How a roundup's statistics block holds together across its sub-lists (used by ``totals.TotalsBuilder``).

* a figureless remainder sentence after a list ("The rest were killed by regime shelling and in other ways.", "The
  remaining victims died in ...") closes no block: the sub-header after it ("Fighters:", "Combatants:") and its lines
  are still statistics of the same period (``remainder``);
* an overall figure of people of no side that heads a list ("... the death of 5,327 persons ... They were distributed as
  follows:", "... rises to 287, they are:") and whose lines name two sides or more is not a total of its own, even where
  the lines do not add up to it ("the rest ..." left uncounted, a text cut short): the lines are (``drop_heads``); a
  line split by area ("- 98 soldiers ... distributed as follows: 41 in Homs desert, ...") keeps the list going, and a
  later "X and Y were among the dead" makes the figure before a head too;
* "Russian forces: The report did not document any civilian deaths ..." in a list by perpetrator: a total of zero
  (``zero_line``);
* "puts the toll among YPG fighters at 283, among Turkish-backed rebels at 287, and among Turkish soldiers at 51": each
  group's figure is a total (``toll_at_pairs``);
* "Meanwhile, the YPG said its fighters killed 14 Turkish soldiers in clashes near X on Thursday" after a total: one
  located event of one day, no part of the total (``located_day_event``);
* a total that running text or the title tells again (same side, figure and agreeing period, in another sentence) is
  kept once; lines of a list stay apart (``restated``).
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from observatory.extract.events import event_type
from observatory.extract.gates import blank, folded, has_any
from observatory.extract.numbers import find_quantities
from observatory.extract.places import place_mentions
from observatory.extract.text import SENTENCE_STOP, Sentence
from observatory.extract.totals_cues import PERIOD_WORD
from observatory.extract.totals_sentences import ONE_DAY, POINT_IN_TIME
from observatory.extract.totals_shares import late_breakdown
from observatory.models import CumulativeClaim

#: A sentence that tells how the rest of a list's dead died, with no figure ("The rest were killed by ...").
_REMAINDER = re.compile(r"\W*(?:The\s+|All\s+the\s+)?(?:rest|remainder|remaining(?:\s+[a-z]+)?|others)\s+"
                        r"(?:of\s+(?:them|the\s+[a-z]+)\s+)?(?:were|was|have\s+been|had\s+been|died|lost)\b[^\d]*", re.IGNORECASE)


def remainder(chunk: str) -> bool:
    """"The rest were killed by regime shelling, sniper fire and in other ways.": a figureless sentence of a list."""
    return _REMAINDER.fullmatch(chunk.strip()) is not None


#: A sentence that ends on a colon or announces a list: its figure heads the lines after it.
_HEADS_STEMS = ("follows", "distributed", "divided", "broken", "they")
_HEADS_LIST = re.compile(r":\s*$|\b(?:as\s+follows|distributed|divided|broken\s+down|they\s+(?:are|were|include)\b)", re.IGNORECASE)


def heads_list(chunk: str) -> bool:
    """"They were distributed as follows:", "..., they are:": the sentence opens a list of the figure before."""
    if not chunk.rstrip().endswith(":") and not has_any(folded(chunk), _HEADS_STEMS):
        return False  # (every match ends on a colon or holds one of the stems)
    return _HEADS_LIST.search(chunk) is not None


def drop_heads(claims: Sequence[CumulativeClaim], heads: set[int]) -> set[int]:
    """The indices of ``heads`` (overall figures of side unknown that open a list) whose lines, up to the next figure
    of another period, name two sides or more, each below the overall figure, and do not add up to far more."""
    dropped: set[int] = set()
    for k in sorted(heads):
        head = claims[k]
        if head.side != "unknown" or head.region is not None:
            continue
        lines: list[CumulativeClaim] = []
        for c in claims[k + 1:]:
            if c.region is not None and lines and c.side == lines[-1].side != "unknown" and (c.since, c.until) == (head.since, head.until):
                continue  # "- 98 soldiers ... They were distributed as follows: 41 in Homs desert, ...": a line's own areas
            if (c.since, c.until) != (head.since, head.until) or c.region is not None:
                break  # (a list by area: "Distribution by area:" splits the figure of people, which stays)
            lines.append(c)
        sides = {c.side for c in lines} - {"unknown"}
        if len(sides) >= 2 and all(c.killed < head.killed for c in lines) and sum(c.killed for c in _tops(lines)) <= 2 * head.killed:
            dropped.add(k)  # ("Of them, 97 were killed in ISIS attacks": a share of a line, read as a line of its own)
    return dropped


def _tops(lines: list[CumulativeClaim]) -> list[CumulativeClaim]:
    """The lines less the shares of an earlier, larger line of the same side ("1,633 civilians", then "467 civilians
    killed by regime warplanes")."""
    out: list[CumulativeClaim] = []
    for c in lines:
        if c.region is not None or any(o.side == c.side and o.killed > c.killed for o in out):
            continue
        out.append(c)
    return out


class ListHeads:
    """Remembers which claims head a list: the one overall figure of side unknown told in a sentence that opens a list,
    or in the sentence before a figureless one that does ("... 5,327 persons ... They were distributed as follows:"),
    one figureless remark between them allowed."""

    def __init__(self) -> None:
        self.heads: set[int] = set()
        self._before = 0
        self._previous: range = range(0)
        self._quiet = 0  # figureless sentences since the last one that gave claims

    def start(self, claims: Sequence[CumulativeClaim]) -> None:
        self._before = len(claims)

    def see(self, claims: Sequence[CumulativeClaim], chunk: str) -> None:
        new = range(self._before, len(claims))
        if new and late_breakdown(chunk):  # "10 SDF fighters and nine tribal gunmen were among the dead"
            unknown = [k for k in self._previous if claims[k].side == "unknown"]
            self.heads.update(unknown if len(unknown) == 1 else [])
        elif heads_list(chunk):
            unknown = [k for k in (new or self._previous) if claims[k].side == "unknown"]
            if len(unknown) == 1:
                self.heads.add(unknown[0])
        # a remark with no figure between the figure and the header ("SOHR notes that these figures ...
        # The death toll was distributed as follows:") does not part them
        self._quiet = 0 if new else self._quiet + 1
        self._previous = new if new or self._quiet > 2 else self._previous

    def kept(self, claims: Sequence[CumulativeClaim]) -> list[int]:
        """The indices of the claims that stay."""
        dropped = drop_heads(claims, self.heads)
        return [k for k in range(len(claims)) if k not in dropped]


#: "Russian forces: The report did not document any civilian deaths at the hands of Russian forces this month.": a line of
#: a list by perpetrator that states no deaths.
_ZERO_LINE = re.compile(r"\s*(?:[•\-*▪●◦·]\s*)?(?P<label>[A-Z][\w\"“”'/ -]{1,60}?):\s*[^.\d]{0,80}?\b(?:(?:did\s+not|didn't|could\s+not|"
                        r"failed\s+to)\s+(?:document|record|register|verify)|(?:documented|recorded|registered)\s+no)\s+(?:any\s+)?"
                        r"(?:[a-z]+\s+)?(?:deaths?|fatalities|victims|killings|casualties)\b[^\d]*", re.IGNORECASE)


#: "Russian forces: none.": a line of a list by perpetrator whose figure is the word "none".
_NONE_WORD_LINE = re.compile(r"\s*(?:[•\-*▪●◦·]\s*)?(?P<label>[A-Z][\w\"“”'/() -]{1,60}?):\s*(?i:none|nil)\s*[.;]?", re.IGNORECASE)


def zero_line(chunk: str) -> tuple[int, int] | None:
    """The label's offsets in a line of a list by perpetrator that states no deaths, or None."""
    m = _ZERO_LINE.fullmatch(chunk.rstrip()) or _NONE_WORD_LINE.fullmatch(chunk.rstrip())
    return m.span("label") if m else None


#: A line of a list by month or by area that states no deaths ("• July: No deaths were documented.", "- Raqqa desert: Three
#: operations left no fatalities."): no figure, a stated none.
_NONE_LINE = re.compile(r"\s*(?:[•\-*▪●◦·]\s*)?(?P<label>[A-Z][\w\"“”'/ -]{1,40}?):\s*[^.:\d]{0,60}?\b(?:no|zero)\s+(?:[a-z]+\s+)?"
                        r"(?:deaths?|fatalities|casualties|victims|human\s+losses|losses|dead)\b[^\d:]*", re.IGNORECASE)


def none_line(chunk: str) -> tuple[int, int] | None:
    """The label's offsets in a line of a list (by month, by area) that states no deaths, or None (also the lines
    ``zero_line`` reads)."""
    m = _NONE_LINE.fullmatch(chunk.rstrip())
    return m.span("label") if m else zero_line(chunk)


#: "... puts the toll among YPG fighters at 283, among Turkish-backed rebels at 287, and among Turkish soldiers at 51":
#: a toll given per group as "among/of <group> at <figure>", the verb told once.
_TOLL_AT = re.compile(r"\b(?:toll|tolls|losses|number\s+of\s+(?:dead|deaths|fatalities))\b[^.;:]{0,60}?\s(?=(?:among|of|for)\s)", re.IGNORECASE)
_AT_PAIR = re.compile(r"(?:,\s*|\s+)?(?:and\s+|while\s+|with\s+)?(?:that\s+)?(?:among|of|for)\s+(?P<who>[^,;.]{3,90}?)\s+at\s+"
                      r"(?:at\s+least\s+|about\s+|around\s+|nearly\s+|more\s+than\s+|over\s+)?(?P<num>\d[\d,]*)\b(?!\s*(?:[ap]\.?m\b|:|%|percent|km|kilomet))",
                      re.IGNORECASE)


def toll_at_pairs(work: str, start: int, end: int) -> list[tuple[tuple[int, int], int, tuple[int, int]]]:
    """The (group span, figure, figure span) of each "among <group> at <figure>" of a toll told per group."""
    opening = _TOLL_AT.search(work, start, end)
    if opening is None:
        return []
    out = []
    pos = opening.end()
    while (m := _AT_PAIR.match(work, pos, end)) is not None:
        out.append((m.span("who"), int(m.group("num").replace(",", "")), m.span("num")))
        pos = m.end()
    return out


#: A figure too large for one clash or attack.
_ONE_EVENT_LIMIT = 50


def located_day_event(work: str, sent: Sentence) -> bool:
    """"Meanwhile, the YPG said its fighters killed 14 Turkish soldiers in clashes near the town of X on Thursday": an
    event of one day at a named place, told after a total, is no part of it."""
    chunk = work[sent.start:sent.end]
    if not ONE_DAY.search(chunk) or PERIOD_WORD.search(blank(POINT_IN_TIME, chunk)) or event_type(chunk) is None:
        return False
    if any(q.value > _ONE_EVENT_LIMIT for q in find_quantities(chunk) if not re.fullmatch(r"(?:19|20)\d\d", q.text.strip())):
        return False
    return any(p.governorate is None for p in place_mentions(work, sent.start, sent.end))


def restated(claims: Sequence[CumulativeClaim], kept: list[int], prose: set[int], headed: set[int], work: str) -> list[int]:
    """``kept`` less a total that running text (or the title) tells again: the same side and figure, no region, a period
    that agrees (the same start; an end on one side only, or the same), each told in a sentence or a title rather than in
    a line of a list, in two sentences ("at least eight soldiers were killed in the past 48 hours ..." then "... in the
    past 48 hours, killing at least eight soldiers"). Lines of a list with one figure each are distinct categories and all
    stay, and so do equal figures of one sentence ("ISIS killed 12 (7 civilians and 5 SDF members), drones 15 (6
    civilians, 5 SDF members ...)"). A line of a list told again in running text after it ("- 18 civilians, ..." then
    "Of the 18 civilians, four were killed by ..."; "ISIS: 7" then "ISIS cells killed seven civilians in January") is
    kept once too, unless the later figure is a part in brackets of another one or its sentence turns to another area
    ("In neighbouring Quneitra, ...", "By region, ...")."""
    out: list[int] = []
    for k in kept:
        c = claims[k]
        told = k in prose or k in headed
        retold = told and not _in_brackets(c, work) and not _other_area(c, work)
        if c.region is None and any(_same_total(claims[j], c) and _apart(claims[j], c, work) for j in out if j in prose or j in headed or retold):
            continue
        out.append(k)
    return out


#: A sentence that turns to another area than the list before it: "In neighbouring Quneitra, ...", "By region, ...".
_OTHER_AREA = re.compile(r"\s*(?:(?:In|Across)\s+(?:the\s+)?(?:neighbouring|neighboring|nearby|adjacent)\b|By\s+(?:region|governorate|area|province)\b)",
                         re.IGNORECASE)


def _in_brackets(c: CumulativeClaim, work: str) -> bool:
    """Whether the claim's figure is told inside brackets, as a part of another figure ("killed 15 people (6 civilians,
    5 SDF members and 4 regime soldiers)")."""
    if c.span is None:
        return False
    opened = work.rfind("(", max(0, c.span.start - 200), c.span.start)
    return opened >= 0 and ")" not in work[opened:c.span.start] and not SENTENCE_STOP.search(work, opened, c.span.start)


def _other_area(c: CumulativeClaim, work: str) -> bool:
    """Whether the sentence of the claim's figure opens by turning to another area."""
    if c.span is None:
        return False
    stops = list(SENTENCE_STOP.finditer(work, max(0, c.span.start - 400), c.span.start))
    begin = stops[-1].end() if stops else max(0, c.span.start - 400)
    return _OTHER_AREA.match(work, begin) is not None


def _same_total(a: CumulativeClaim, b: CumulativeClaim) -> bool:
    return (a.side == b.side and a.killed == b.killed and a.region is None and a.since == b.since
            and (a.until == b.until or a.until is None or b.until is None) and a.perpetrator == b.perpetrator)


def _apart(a: CumulativeClaim, b: CumulativeClaim, work: str) -> bool:
    """Whether the two claims were read from two sentences (a sentence's end or a line break between their figures)."""
    if a.span is None or b.span is None:
        return False
    first, second = (a.span, b.span) if a.span.start <= b.span.start else (b.span, a.span)
    return SENTENCE_STOP.search(work, first.end, max(first.end, second.start)) is not None


