"""Figures of a total told as a count of killings, not of people (used by ``totals_tallies.with_losses_figure``;
tests in tests/test_extract_totals_counted_killings.py).

* "SOHR documented 39 killings in the province in October", "the office recorded 88 murders in the camp in 2021",
  "SOHR has documented 11 executions by ISIS cells since the beginning of the year" (each execution a death),
  "41 murders were documented in the camp in 2020", "the camp witnessed 26 murders since early 2022": a monitor's count
  of killings or murders is a figure of dead people of no side (the verbs that count: documented, recorded,
  registered, counted, tallied, monitored, witnessed, saw; or the passive "were documented / recorded / committed /
  carried out" after the figure). "Recorded 30 assassination attempts" and "40 killing attempts" count events, not
  the dead, and are left alone; so are killings whose dead are counted after them ("19 murders, in which 23 people
  were killed"; a larger figure of dead in their sentence or the next), and a short window's killings ("two new
  murders in the past 24 hours"), which the text tells one by one.
"""

from __future__ import annotations

import re
from dataclasses import replace
from typing import Final

from observatory.extract.gates import folded, has_any
from observatory.extract.mention_sides import KILLED, Mention
from observatory.extract.numbers import CARDINAL_WORD, find_quantities

#: "at least", "more than", "a total of" before a figure (also ``totals_dead_lists`` and ``totals_tallies``).
QUALIFIER: Final = r"(?:(?:at\s+least|more\s+than|over|about|nearly|some|around|almost|another|a\s+further|a\s+total\s+of)\s+)?"
_FIGURE: Final = rf"(?P<num>\d{{1,3}}(?:,\d{{3}})+|\d+|{CARDINAL_WORD}\b)"
#: "killings", "murders", "homicides", "executions", "murder cases", with one word between ("39 new killings", "26 murder cases").
_NOUN: Final = r"\s+(?:(?![\d,])[\w-]+\s+)?(?:killings|murders|homicides|executions|murder\s+cases|cases\s+of\s+murder)\b(?!\s+attempts?)"
#: "documented 39 killings", "has recorded a total of 88 murders", "the camp witnessed 26 murders".
_COUNTED_BEFORE: Final = re.compile(r"\b(?:counted|documented|recorded|registered|tallied|monitored|witnessed|saw|sees|logged)\s+(?:also\s+)?"
                                    + QUALIFIER + _FIGURE + _NOUN, re.IGNORECASE)
#: "41 murders were documented", "88 killings have been recorded", "26 murders took place".
_COUNTED_AFTER: Final = re.compile(r"\b" + QUALIFIER + _FIGURE + _NOUN + r"\s+(?:(?:were|have\s+been|had\s+been)\s+(?:documented|recorded|"
                                   r"registered|committed|carried\s+out|reported|counted)|took\s+place|occurred)\b", re.IGNORECASE)
_STEMS: Final = ("killings", "murder", "homicide", "executions")
#: "two new murders in the past 24 hours", "three killings today": a short window's killings, told one by one after.
_SHORT_WINDOW: Final = re.compile(r"\b(?:today|tonight|yesterday|last\s+night|this\s+(?:morning|afternoon|evening)|since\s+(?:dawn|midnight)|"
                                  r"(?:past|last)\s+(?:24|48|72|twenty-four|forty-eight|seventy-two)\s+hours)\b", re.IGNORECASE)
#: "19 murders ..., in which 23 people were killed": the killings are events whose dead are counted after them.
_EVENTS_TOLL: Final = re.compile(r"[^.;]{0,200}?\b(?:in\s+which|during\s+which|which\s+(?:left|killed|claimed)|that\s+(?:left|killed|claimed)|"
                                 r"which\s+(?:caused|resulted)|that\s+(?:caused|resulted)|resulting\s+in|killing|leaving|claiming|causing|victims?\s+of)\b[^.;]{0,40}?\d",
                                 re.IGNORECASE)


def with_counted_killings(work: str, start: int, end: int, mentions: list[Mention]) -> list[Mention]:
    """The mentions with the figure of each counted "N killings" / "N murders" in work[start:end] added as dead of no
    side (a figure that a mention already holds is left as it is)."""
    if not has_any(folded(work, start, end), _STEMS):
        return mentions
    for pattern in (_COUNTED_BEFORE, _COUNTED_AFTER):
        for found in pattern.finditer(work, start, end):
            quantities = find_quantities(found.group("num"), found.start("num"))
            if not quantities or _EVENTS_TOLL.match(work, found.end(), end) or _SHORT_WINDOW.search(work, start, end) or any(x.quantity.start <= quantities[0].start < max(x.quantity.end, x.group_end) for x in mentions):
                continue
            q = quantities[0]
            if any(x.parent is None and x.label is None and x.value > q.value for x in mentions) or _dead_next(work, end, q.value):
                continue  # ("171 people were killed in the 158 murders SOHR documented": the killings are events)
            pos = sum(1 for x in mentions if x.quantity.start < q.start)
            shifted = [_adopted(work, x, pos, q.end) if x.parent is None else x if x.parent < pos else replace(x, parent=x.parent + 1)
                       for x in mentions]
            mentions = [*shifted[:pos], Mention(role=KILLED, quantity=q, side="unknown", group_start=q.end, group_end=q.end), *shifted[pos:]]
    return mentions


#: What may stand between the count and a kind of people that breaks it down (", including three children").
_TO_PART: Final = re.compile(r"[^.;:]{0,80}?\b(?:including|among\s+them|of\s+whom|among\s+the\s+victims)\s+$", re.IGNORECASE)


def _adopted(work: str, m: Mention, pos: int, after: int) -> Mention:
    """A labelled kind of people told after the count ("..., including three children") as a part of it."""
    if m.label is None or m.quantity.start < after or _TO_PART.match(work, after, m.quantity.start) is None:
        return m
    return replace(m, parent=pos)


_KILL_WORD: Final = re.compile(r"\b(?:killed|dead|died|lives|victims|deaths|fatalities|murdered)\b", re.IGNORECASE)


def _dead_next(work: str, end: int, count: int) -> bool:
    """Whether the sentence after ``end`` tells a larger figure of dead ("The murders claimed the lives of 171 people"):
    the killings counted before are events."""
    stop = work.find(".", end + 1, end + 400)
    text = work[end:stop if stop > 0 else min(len(work), end + 400)]
    return bool(_KILL_WORD.search(text)) and any(q.value > count for q in find_quantities(text))
