"""A list of the dead by side whose period the report's opening named (used by ``totals.TotalsBuilder``).

Constructions handled:

* a statistics report that names its period in an opening sentence with no toll of its own ("SOHR documented a sharp
  escalation ... during October 2023", "The camp saw a wave of murders in 2021") and later heads a list of the dead by
  side ("The strikes and shelling killed 47 people, they are:", "The victims are:", "The dead were as follows:"): the
  lines of that list are totals of the period the opening named (the header's figure of people, broken down, is not);
* not when the header or anything before it names one day ("on Monday", "today", "on 3 May"), save a day of the one
  month the opening named ("in October 2023" ... "after the attack on October 5", round 61), when the header names a
  period of its own, or when no list follows it.
"""

from __future__ import annotations

import re
from datetime import date

from observatory.extract.gates import blank
from observatory.extract.text import Sentence
from observatory.extract.totals_cues import WHOLE_WAR
from observatory.extract.totals_periods import Period
from observatory.extract.totals_sentences import ONE_DAY
from observatory.extract.totals_when import period_of

#: "..., they are:", "The victims are:", "The dead were as follows:": a header of a list of the dead.
_HEADER = re.compile(r"\b(?:they|these|victims|dead|fatalities|deaths|casualties|killed)\s+(?:are|were|include[sd]?)\s*"
                     r"(?:(?:distributed|divided|broken\s+down)\s+)?(?:as\s+follows)?\s*:\s*$", re.IGNORECASE)  # ("are distributed as follows:")
#: the next line opens a list: a bullet, or a figure (bracketed or not).
_LIST_NEXT = re.compile(r"[ \t]*\n\s*(?:[-\u2022*\u00b7\u2013]|\(?\d|(?:One|Two|Three|Four|Five|Six|Seven|Eight|Nine|Ten|An?)\b)")
#: "since the start of the war", "since 2011": the war's span, no period of a report's statistics.
_WAR_SPAN = re.compile(r"\bsince\s+(?:(?:early\s+|mid-?)?March\s+)?2011\b|\bsince\s+the\s+(?:start|beginning|outbreak|eruption)\s+of\s+"
                       r"the\s+(?:[\w-]+\s+){0,3}?(?:revolution|war|conflict|uprising|crisis)\b", re.IGNORECASE)
_SHORT = 40  # a dateline ("May 1, 2023") or a site's menu line is no opening sentence


def opening_period(work: str, sent: Sentence, chunk: str, published: date | None) -> Period | None:
    """The period the report's opening named, for a list header with no period of its own; else None."""
    if not chunk.rstrip().endswith(":") or _HEADER.search(chunk) is None or _LIST_NEXT.match(work, sent.end) is None:
        return None
    before = work[:sent.start]
    if ONE_DAY.search(chunk) or period_of(chunk, published) is not None:
        return None
    for para in before.split("\n"):
        if len(para) < _SHORT:
            continue
        found = period_of(blank(_WAR_SPAN, blank(WHOLE_WAR, para)), published)
        if found is not None:
            return found if all(_day_inside(day.group(0), found) for day in ONE_DAY.finditer(before)) else None
    return None


def _day_inside(day: str, period: Period) -> bool:
    """Whether ``day`` (a one-day phrase told before the list: "on October 5") is a day of the one month ``period``
    spans ("in October 2023": the escalation began after an attack on October 5), so it names no other day's toll."""
    (first, _), (last, _) = period
    if first is None or last is None or (first.year, first.month) != (last.year, last.month):
        return False
    return re.search(rf"\b{first.strftime('%B')}\s+\d{{1,2}}\b|\b\d{{1,2}}(?:st|nd|rd|th)?\s+(?:of\s+)?{first.strftime('%B')}\b",
                     day, re.IGNORECASE) is not None


Carry = tuple[int, Period | None] | None


def opening_carry(work: str, sent: Sentence, chunk: str, published: date | None, index: int, carry: Carry) -> Carry:
    """The period a list header takes from the report's opening, as a figureless sentence just before would carry it
    ("... during October 2023." ... "The strikes killed 47 people, they are:"), unless the sentence before gave one."""
    if carry is not None and carry[0] == index - 1 and carry[1] is not None:
        return carry
    if carry is not None and carry[0] == index - 2 and carry[1] is not None and _figureless_before(work, sent.start):
        return index - 1, carry[1]  # ("... 32 Israeli attacks since 2022. Most of the strikes targeted X. The strikes killed 88")
    opened = opening_period(work, sent, chunk, published)
    return carry if opened is None else (index - 1, opened)


_STOP = re.compile(r"[.!?:]\s|\n")


def _figureless_before(work: str, start: int) -> bool:
    """Whether the sentence just before ``start`` names no figure ("Most of the strikes targeted positions in X."): a
    period carried past it still holds for the sentence at ``start`` (round 72)."""
    head = work[max(0, start - 400):start].rstrip()
    ends = [m.end() for m in _STOP.finditer(head, 0, max(0, len(head) - 1))]
    sentence = head[ends[-1]:] if ends else head
    return bool(sentence.strip()) and re.search(r"\d", sentence) is None
