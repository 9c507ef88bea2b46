""""N were killed in the strikes" after the account of one raid is that raid's toll, not a joint toll (used by
``totals.TotalsBuilder``).

A toll told "in the strikes", "in the raids", "by the attacks" reads as the joint toll of several events. Where the text
before it tells of one bombardment only (no count of strikes, no series, no second day, no period), it is the toll of
that bombardment, however many sites the strikes hit. Constructions handled:

* "Israeli missiles struck depots near the airport and in the area of X after midnight. ... five people were killed in
  the strikes: three soldiers and two militiamen": the toll of the one raid (an incident);
* kept a joint toll: strikes counted before ("carried out 40 airstrikes", "dozens of raids"), a series or wave, strikes
  on two days ("on Monday ... on Tuesday"), a window ("over the past 48 hours"), or a total told before;
* "the number of drone strikes on the region since early 2023 has risen to 41, which have left 29 people
  dead": the toll of the counted events, a total even in a sentence of statistics (``counted_events_toll``);
* "Turkish forces pounded the town and several villages with dozens of shells since the early morning hours, killing a
  child": one day's bombardment by one side, told with its toll, is an incident; strikes counted ("12 ISIS dead in 55
  airstrikes since this morning") keep the toll a total (``day_bombardment_toll``); the bombardment may be told by its
  noun ("the death of 14 civilians in airstrikes carried out by regime warplanes on X since this morning");
* "The operations were distributed as follows: eight in Homs desert, six in ...", "Attacks by area: Daraa 12, ...": a
  split of a count of events by area, no toll (``events_by_area``).
"""

from __future__ import annotations

import re

from observatory.extract.dates import MONTH_NAMES
from observatory.extract.numbers import PLURAL_WORD
from observatory.extract.segment import is_total

_JOINT_BACK = re.compile(r"\b(?:in|by|during|from)\s+the\s+(?:[\w-]+\s+)?(?:attacks|bombings|airstrikes|strikes|raids|air\s+raids)\b",
                         re.IGNORECASE)
#: Strikes counted ("40 airstrikes", "dozens of raids"), or told as several ("a series of", "a wave of", "separate").
_MANY = re.compile(r"\b(?:\d+|" + PLURAL_WORD + r"|several|multiple|both|dozens|scores|hundreds|tens|"
                   r"series|wave|string|spate)\s+(?:of\s+)?(?:[\w-]+\s+)?(?:strikes|airstrikes|air\s?raids|raids|attacks|bombings|"
                   r"ambushes|operations)\b|\bseparate\s+(?:strikes|attacks|raids)\b", re.IGNORECASE)
#: A period or window the strikes were spread over.
_WINDOW = re.compile(r"\b(?:since|past|last\s+(?:\d+|few|two|three|several)|over\s+the|throughout|during\s+the\s+(?:week|month|day))\b",
                     re.IGNORECASE)
_DAY = re.compile(rf"\b(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|yesterday|today|tonight|last\s+night|"
                  rf"(?:{MONTH_NAMES})\s+[0-3]?\d\b|[0-3]?\d(?:st|nd|rd|th)?\s+(?:of\s+)?(?:{MONTH_NAMES}))", re.IGNORECASE)
#: A dateline of the page ("December 31, 2020" set as a line of its own): no day of the events.
_DATELINE = re.compile(rf"^[^\S\n]*(?:\w+,\s+)?(?:{MONTH_NAMES})\s+[0-3]?\d,?\s+\d{{4}}[^\S\n]*$", re.IGNORECASE | re.MULTILINE)


def toll_of_one_raid(work: str, start: int, chunk: str) -> bool:
    """Whether the sentence at ``start`` reads as a joint toll only because it says "the strikes", after an account of
    one bombardment."""
    if _JOINT_BACK.search(chunk) is None or is_total(chunk) or _MANY.search(chunk) or _WINDOW.search(chunk):
        return False
    before = _DATELINE.sub(" ", work[:start])
    if _MANY.search(before) or _WINDOW.search(before) or _JOINT_BACK.search(before) is None and not _STRUCK.search(before):
        return False
    days = {re.sub(r"\s+", " ", m.group(0).lower()) for m in _DAY.finditer(before)}
    return len(days) <= 1


#: The raid told before ("missiles struck", "warplanes targeted", "carried out strikes").
_STRUCK = re.compile(r"\b(?:struck|hit|targeted|bombed|shelled|pounded|raided|carried\s+out\s+(?:\w+\s+)?(?:strikes|airstrikes|raids)|"
                     r"launched\s+(?:\w+\s+)?(?:strikes|airstrikes|raids))\b", re.IGNORECASE)


#: The events, not the dead, split by area: "The operations were distributed as follows:", "The attacks by area:", "By
#: region, the attacks were distributed as follows:".
_EVENTS_SPLIT = re.compile(r"(?:^|[.;:]\s*)(?:(?:By\s+(?:area|region|province|governorate)|Geographically|Regionally)\s*,\s*)?(?:The\s+|These\s+|ISIS\s+|Its\s+|the\s+|these\s+)?(?:[\w-]+\s+)?(?:operations|attacks|strikes|airstrikes|raids|"
                           r"explosions|incidents|ambushes|bombings|assassinations)\s+(?:were\s+|are\s+)?(?:distributed|divided|spread|broken\s+down|"
                           r"by\s+(?:area|region|province|governorate))\b", re.IGNORECASE)
_DEATH_WORD = re.compile(r"\b(?:killed|dead|deaths?|died|losses|fatalities|victims|toll|lives)\b", re.IGNORECASE)


def events_by_area(work: str, start: int, end: int) -> bool:
    """Whether work[start:end], the words before a run of "N in <area>" pairs, says the pairs count events, not the dead."""
    head = work[start:end]
    found = [m.start() for m in _EVENTS_SPLIT.finditer(head)]
    return bool(found) and not _DEATH_WORD.search(head, found[-1])


#: "since dawn today", "since this morning", "since the early morning hours": a window inside one day.
_SINCE_TODAY = re.compile(r"\bsince\s+(?:dawn|daybreak|midnight|noon|(?:early\s+)?(?:this|the)\s+morning|the\s+early\s+(?:morning\s+)?"
                          r"(?:hours|morning))(?:\s+(?:hours|of\s+today|today|this\s+morning))?\b", re.IGNORECASE)
#: also the bombardment of one perpetrator told by its noun ("in airstrikes carried out by regime warplanes on X", "the
#: shelling by regime forces on X"; not "in regime and Russian strikes on X": two perpetrators, several bombardments).
_BOMBARDED = re.compile(r"\b(?:shelled|pounded|bombarded|struck|targeted|hit|fired|launched)\b|"
                        r"\b(?:in|of)\s+(?:the\s+)?(?:(?!and\b)[\w-]+\s+){0,2}?(?:airstrikes|air\s?strikes|air\s?raids|strikes|shelling|bombardment)"
                        r"\s+(?:(?:carried\s+out|conducted)\s+)?(?:(?:since|by)\s+(?:(?!\band\b)[^.;,]){1,90}?\s+)?on\b", re.IGNORECASE)


def day_bombardment_toll(chunk: str) -> bool:
    """Whether ``chunk`` is read as a total only for a window inside one day, told of one bombardment with its toll
    and no count of strikes."""
    window = _SINCE_TODAY.search(chunk)
    if window is None or _MANY.search(chunk) or not _BOMBARDED.search(chunk):
        return False
    return not is_total(chunk[:window.start()] + " " * (window.end() - window.start()) + chunk[window.end():])


#: "the number of <events> ... to 41, which have left 29 people dead" / ", killing 29": the toll of counted events.
_COUNTED_EVENTS_TOLL = re.compile(r"\b(?:number|count|tally)\s+of\s+[^.;:]{0,60}?\b(?:attacks|strikes|airstrikes|operations|incidents|"
                                  r"explosions|bombings|assassinations|raids|ambushes|murders|killings)\b[^.;:]{0,140}?\bto\s+\d[\d,]*"
                                  r"\s*,?\s+(?:(?:which|that)\s+(?:have\s+|has\s+|had\s+)?(?:also\s+)?(?:left|killed|claimed|caused)|killing|"
                                  r"leaving)\b", re.IGNORECASE)


def counted_events_toll(chunk: str) -> bool:
    """Whether the sentence counts events up to a figure and tells their dead after it."""
    return _COUNTED_EVENTS_TOLL.search(chunk) is not None
