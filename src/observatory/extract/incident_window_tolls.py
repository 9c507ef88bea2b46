"""Tolls of a span of days that leak into an incident's dead.

A sentence that counts the dead of several days ("SOHR documented the deaths of 38 civilians in the past 72 hours",
"the toll of the clashes has risen to 33 in the past 72 hours", "since the start of the escalation", "Since then, 17
fighters ... have been killed", "during the same period", "in one month", "between late July and early September"),
or the dead of a whole country ("four of its soldiers have been killed in Syria") or of two ("killed in strikes in
northern Iraq and Syria"), gives a period total (SCHEMA), not the toll of the incident the sentence or its neighbours
tell. Such a figure leaves the incident (a figure of no side too): the incident keeps the smaller figure another
sentence gave for it ("... killing 19 civilians"; "On 29 July, rockets killed five civilians" before "the escalation
... killed 43 civilians"), else none for that side.
"""

from __future__ import annotations

import re
from typing import Protocol

from observatory.extract.casualties import Mention
from observatory.extract.dates import MONTH_NAMES
from observatory.extract.incident_calendar_tolls import CALENDAR_SPAN, calendar_toll
from observatory.extract.incident_month_tolls import MONTH_SPAN, month_heading_toll
from observatory.extract.incident_region_shares import region_share
from observatory.extract.incident_span_referents import referred_span
from observatory.extract.incident_spread_hours import spread_hours_toll
from observatory.extract.mention_sides import KILLED
from observatory.extract.numbers import number_words
from observatory.extract.text import sentence_around

#: "in the past 72 hours", "over the last three days", "within 48 hours", "in two days", "in 3 weeks": a window of
#: several days
#: ("in the past 24 hours" is left out: one event's toll often rises within a day).
_SEVERAL_DAYS = re.compile(r"\b(?:in|over|during|within|throughout|across)\s+(?:the\s+(?:(?:past|last|previous)\s+)?)?(?:"
                           + number_words(r"\d+", "several", r"a\s+few", plural=True)
                           + r"\s+(?:straight\s+|consecutive\s+)?(?:days|weeks|months)|(?:36|48|72|96)\s+hours)\b"
                           r"(?!\s+(?:later|after|before|earlier|ago))", re.IGNORECASE)
#: "in one month", "within a single week": a whole month or week, the span of a campaign's count.
_ONE_SPAN = re.compile(r"\b(?:in|over|during|within|throughout)\s+(?:one|a\s+single)\s+(?:month|week)\b"
                       r"(?!\s+(?:later|after|before|earlier|ago|of\b))", re.IGNORECASE)
#: "between late July and early September", "from mid-May to late June", "in late August and early September": months
#: of which a part is named.
_PART = r"(?:early|late|mid-?)\s*"
_PART_MONTHS = re.compile(rf"\b(?:(?:in|during|over|throughout)\s+{_PART}(?:{MONTH_NAMES})\s+and\s+|"
                          rf"(?:between|from)\s+{_PART}(?:{MONTH_NAMES})\s+(?:and|to|until|till)\s+)(?:{_PART})?(?:{MONTH_NAMES})\b|"
                          rf"\b(?:between|from)\s+(?:{MONTH_NAMES})\s+(?:and|to|until|till)\s+{_PART}(?:{MONTH_NAMES})\b",
                          re.IGNORECASE)
#: "Turkey says four of its soldiers have been killed in Syria": the dead of a whole country's war so far, no event's.
_IN_THE_COUNTRY = re.compile(r"\b(?:have|has|had)\s+(?:been\s+killed|died|lost\s+their\s+lives)\s+in\s+Syria\b"
                             r"(?=\s*(?:[.;]|$|,\s+according\b|(?:since|so\s+far|to\s+date)\b))", re.IGNORECASE)
#: "killed in air strikes on targets in northern Iraq and northern Syria": a toll over two countries, of several events.
_REGION = r"(?:(?:northern|north|eastern|northeast(?:ern)?)\s+)?"
_TWO_COUNTRIES = re.compile(rf"\b(?:in|across)\s+{_REGION}(?:Iraq\s+and\s+{_REGION}Syria|Syria\s+and\s+{_REGION}Iraq)\b",
                            re.IGNORECASE)
#: A clause of its own between the figure and the countries ("..., which once held land in Iraq and Syria").
_OWN_CLAUSE_BETWEEN = re.compile(r"[;:()]|\b(?:who|which|that|where|whose)\b", re.IGNORECASE)
#: "since the start of the escalation", "since the beginning of the offensive", "since Turkey launched its
#: offensive", "Since then", "during the same period".
_SINCE_START = re.compile(rf"\b(?:since\s+(?:the\s+)?(?:start|beginning|launch|outbreak)\s+of(?!\s+(?:the\s+)?(?:war|conflict|"
                          rf"revolution|crisis|uprising|year|month|week|{MONTH_NAMES})\b)|since\s+then|"
                          # "since Turkey and its proxies launched their offensive", "since the regime began its assault"
                          r"since\s+(?:[\w'’-]+\s+){1,8}?(?:launched|began|started|kicked\s+off)\s+(?:its|their|the|an?)\s+(?:[\w-]+\s+){0,3}?"
                          r"(?:offensive|operation|campaign|assault|escalation|invasion|incursion)|"
                          r"(?:during|in|over|throughout)\s+the\s+same\s+period)\b", re.IGNORECASE)
#: "the deadliest attack since ...", "the latest in a wave of bombings over the past month", "the third attack of its
#: kind within 10 days", "the second such blast in three days", "the first on the town since the start of the truce": a comparison or a count of events, no toll of the span.
_COMPARED = re.compile(r"\b(?:of\s+its\s+kind|latest|deadliest|worst|heaviest|bloodiest|largest|biggest|highest|such|first|"
                       r"second|third|fourth|fifth)\b", re.IGNORECASE)
#: "..., killing 5, ... forces, who have been advancing since the start of the offensive": the span is a clause's own,
#: told after the figure ("which have continued since then", "that have carried out 200 raids since ...").
#: "10 civilians, among them children displaced to the town over the last three days, were killed": the people's own.
_RELATIVE = re.compile(r"\b(?:(?:who|which|that)\s+(?:have|has|had)|displaced|fled|arrived|returned)\b[^,.;]*$",
                       re.IGNORECASE)
#: "Since then, rescuers have pulled the bodies of 11 civilians from the rubble": the event's own dead, found later.
_RECOVERED = re.compile(r"\b(?:pulled|recovered|retrieved)\s+(?:the\s+)?bodies\b", re.IGNORECASE)
#: "..., bringing the toll in the past 48 hours to 64": the span is the running toll's, not the figure's before it.
_RUNNING = re.compile(r"\b(?:bringing|raising|brings|raises|rising|rises|rose|risen)\b", re.IGNORECASE)

#: "after the airstrike on the market that killed 21 civilians": the figure of an event recalled inside the sentence.
_EVENT_OBJECT = re.compile(r"\b(?:killed|killing)\s+(?:at\s+least\s+|nearly\s+|about\s+)?$", re.IGNORECASE)


class _Counted(Protocol):
    counts: dict[tuple[str, str], tuple[Mention, int]]
    lower: dict[tuple[str, str], Mention]
    outgrown: dict[tuple[str, str], Mention]
    generic: list[tuple[Mention, int]]


#: One event singled out of the span's events: "The latest of these attacks", "the deadliest of the strikes" (round 64).
_ONE_OF_THEM = re.compile(r"\b(?:latest|last|first|deadliest|bloodiest|most\s+recent)\s+of\s+(?:these|those|the)\s+"
                          r"(?:attacks|incidents|killings|strikes|assassinations|explosions|bombings|operations|raids|ambushes|clashes)\b", re.IGNORECASE)


def window_toll(work: str, m: Mention) -> bool:
    """The figure stands in a sentence that counts the dead of a span of days (or of hours over provinces)."""
    head, tail = sentence_around(work, m.quantity.start, m.quantity.end)
    if _RECOVERED.search(work, head, tail) or _ONE_OF_THEM.search(work, head, tail):
        return False  # ("The latest of these attacks took place on October 30, when gunmen shot dead ...": one of them)
    if spread_hours_toll(work, head, tail, m.quantity.start):  # "since dawn today ... in the countryside of Aleppo, Raqqa and Hasakah"
        return True
    if calendar_toll(work, head, tail, m.quantity.start):  # "carried out 72 strikes since early 2023, killing 61 people"
        return True
    if month_heading_toll(work, tail, m.quantity.start):  # "October 2021 | 37 people killed in ..."
        return True
    if region_share(work, head, m.quantity.start):  # "Kobani was the hardest hit, with 23 people killed there"
        return True
    if _span_named(work, head, tail, m, (_ONE_SPAN, _PART_MONTHS, _IN_THE_COUNTRY)):  # "the escalation between late July and ... killed 43"
        return True
    if (w := _TWO_COUNTRIES.search(work, m.quantity.end, tail)) and not _OWN_CLAUSE_BETWEEN.search(work, m.quantity.end, w.start()):
        return True  # "11 militants had been killed in strikes in northern Iraq and Syria"
    if _EVENT_OBJECT.search(work, max(head, m.quantity.start - 30), m.quantity.start):
        return False
    if _span_named(work, head, tail, m, (_SEVERAL_DAYS, _SINCE_START, MONTH_SPAN)):  # (MONTH_SPAN: "during the month of May 2022")
        return True
    return referred_span(work, head, tail, m.quantity.start, m.quantity.end, lambda a, b: _span_sentence(work, a, b))


def _span_named(work: str, head: int, tail: int, m: Mention, patterns: tuple[re.Pattern[str], ...]) -> bool:
    """One of ``patterns`` names a span in the sentence ``work[head:tail]`` that is the figure's: not in a comparison,
    nor after the figure in a running toll's words or a relative clause of its own."""
    for pattern in patterns:
        for w in pattern.finditer(work, head, tail):
            if _COMPARED.search(work, max(head, w.start() - 60), w.start()):
                continue
            if m.quantity.end <= w.start() and _RUNNING.search(work, m.quantity.end, w.start()):
                continue
            if m.quantity.end <= w.start() and _RELATIVE.search(work, m.quantity.end, w.start()):
                continue
            return True
    return False


#: One event told in a sentence with a calendar period ("In March 2021, a car bomb killed 13"): no span's toll.
_ONE_EVENT = re.compile(r"\b(?:an?|one|single)\s+(?:[\w-]+\s+){0,2}?(?:attack|strike|airstrike|raid|blast|explosion|bombing|"
                        r"ambush|massacre|shell|rocket|bomb)\b", re.IGNORECASE)


#: "the town, which has been under siege since 2012": the span of a clause of its own, not of a toll.
_OWN_CLAUSE = re.compile(r"\b(?:who|which|that)\s+(?:have|has|had)\b[^,.;]*$", re.IGNORECASE)


def _span_sentence(work: str, head: int, tail: int) -> bool:
    """The sentence ``work[head:tail]`` states a span's toll (days, a month, a calendar period, since a start), not
    in a comparison nor a relative clause's own; a calendar period only where the sentence tells no single event."""
    for pattern in (_SEVERAL_DAYS, _SINCE_START, MONTH_SPAN, CALENDAR_SPAN):
        for w in pattern.finditer(work, head, tail):
            if _COMPARED.search(work, max(head, w.start() - 60), w.start()) or _OWN_CLAUSE.search(work, head, w.start()):
                continue
            if pattern is not CALENDAR_SPAN or _ONE_EVENT.search(work, head, tail) is None:
                return True
    return False


def drop_window_tolls(draft: _Counted, work: str) -> None:
    """The incident's dead told as a span of days' toll give way to the smaller figure told of the incident, or go."""
    for key, (m, _) in list(draft.counts.items()):
        if key[0] != KILLED or not window_toll(work, m):
            continue
        own = draft.lower.get(key)
        if own is not None and own.value < m.value and not window_toll(work, own):
            draft.counts[key] = (own, -1)
            del draft.lower[key]
        elif (told := draft.outgrown.get(key)) is not None and told.value < m.value and not window_toll(work, told):
            draft.counts[key] = (told, -1)  # "On 29 July, shelling killed five ... The escalation between ... killed 43"
        else:
            del draft.counts[key]
    draft.generic = [(g, at) for g, at in draft.generic if g.role != KILLED or not window_toll(work, g)]  # "11 militants"
