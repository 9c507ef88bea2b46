"""Shares of a period's tally: after a total of a month, a year or since a date, a sentence that names no day of its
own and breaks that tally down ("Twenty of the civilian victims were killed in Hama province, most of them ...",
"Regime forces killed 35 of them, and Russian forces killed 9", "The remaining 41 were killed by other parties",
"The districts of A and B were the deadliest, with 14 and 9 deaths respectively", "Its artillery also fired more than
3,000 shells on the villages of A and B, killing 12 civilians") tells parts of the tally, not an incident's dead."""

from __future__ import annotations

import re

from observatory.extract.dates import find_dates
from observatory.extract.numbers import number_words

_FIGURE = number_words(r"\d[\d,]*")

#: "Twenty of the civilian victims were killed in ...", "12 of the dead died under torture": where or how some of the
#: tally's dead died.
_OF_THE_DEAD = re.compile(rf"\s*{_FIGURE}\s+of\s+the\s+(?:[\w-]+\s+)?(?:victims|dead|deaths|fatalities)\s+"
                          r"(?:were\s+killed|died|were\s+recorded|fell|occurred)\s+(?:in|by|under|during)\b", re.IGNORECASE)
#: "with 14 and 9 deaths respectively": the tally's dead by place or kind.
_RESPECTIVELY = re.compile(r"\b\d[\d,]*\s+and\s+\d[\d,]*\s+(?:deaths|dead|fatalities|victims|people\s+killed)"
                           r",?\s+respectively\b", re.IGNORECASE)
#: "Regime forces killed 35 of them", "Russian warplanes alone killed 12 of these civilians": the sentence opens with
#: the killer of a share of the tally (not "Gunmen abducted five men and killed three of them": an event of its own,
#: whose subject runs on through a figure or an "and").
_KILLER_SHARE = re.compile(rf"\s*(?:(?!{_FIGURE}\b|and\b)[\w'’-]+\s+){{1,5}}?killed\s+{_FIGURE}\s+of\s+"
                           r"(?:them|these|those|the\s+civilians|the\s+victims)\b", re.IGNORECASE)
#: "The remaining 41 were killed by other parties", "The rest were killed by landmines": the tally's rest, after its
#: shares.
_REST = re.compile(rf"\s*(?:The\s+)?(?:remaining(?:\s+{_FIGURE})?|rest|other\s+{_FIGURE})\s+(?:[\w-]+\s+)?"
                   r"(?:were\s+killed|died|were\s+victims)\b", re.IGNORECASE)
#: An act told before "respectively": the figures are those events' dead, not the tally's shares.
_OWN_ACT = re.compile(r"\b(?:exploded|detonated|struck|hit|targeted|shelled|attacked|bombed|stormed|ambushed)\b", re.IGNORECASE)
#: "fired more than 3,000 shells on ..., killing 12": events counted in the thousands, with their dead (not "fired more
#: than 200 rockets at X in the evening, killing 4": a day's bombardment).
_COUNTLESS_TOLL = re.compile(r"\b(?:\d{1,3}(?:,\d{3})+|\d{4,}|thousands)\s+(?:of\s+)?(?:[\w-]+\s+){0,3}?(?:air\s?strikes|"
                             r"strikes|raids|attacks|shells|rockets|missiles)\b[^.;]*?,\s+killing\b", re.IGNORECASE)


def tally_share(work: str, start: int, end: int) -> bool:
    """The sentence work[start:end], told after a period total, breaks that tally down and names no day of its own."""
    chunk = work[start:end]
    shares = _RESPECTIVELY.search(chunk)
    if shares and _OWN_ACT.search(chunk, 0, shares.start()):
        shares = None  # "Two car bombs exploded in A and B, with 5 and 3 deaths respectively": events of their own
    if not (_OF_THE_DEAD.match(chunk) or shares or _COUNTLESS_TOLL.search(chunk) or _KILLER_SHARE.match(chunk) or _REST.match(chunk)):
        return False
    return not find_dates(work, start, end, None)
