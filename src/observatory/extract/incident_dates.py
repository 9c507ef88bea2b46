"""The days a sentence gives for its event, and a key to compare them."""

from __future__ import annotations

import re
from datetime import date

from observatory.extract.dates import DateMention, find_dates

#: "..., the group said early on Wednesday", "Amaq claimed in a statement on Sunday that ...": the day a source spoke,
#: not the day of the event.
_SAID_ON = re.compile(r"\b(?:said|says|reported|announced|stated|added|confirmed|claimed|told\s+[\w-]+(?:\s+[\w-]+)?)\s+"
                      r"(?:in\s+(?:a|an|its|their)\s+(?:[\w-]+\s+)?(?:statement|communiqu[e\u00e9]|message|post)\s+)?"
                      r"(?:(?:late|early)\s+)?$", re.IGNORECASE)


def event_dates(work: str, start: int, end: int, published: date | None) -> tuple[DateMention, ...]:
    """The dates of a sentence that date its event: not the day a source said something ("SANA said on Monday") or a campaign began ("an offensive launched on
    Friday"); a
    full date ("on October 3, 2022") first, before the days resolved from the publication date ("on Monday")."""
    found = [d for d in find_dates(work, start, end, published) if (not _SAID_ON.search(work, max(start, d.start - 40), d.start)
             or _MONITOR_RECALLED.search(work, max(start, d.start - 60), d.start) and _THAT.match(work, d.end, end))
             and not _CAMPAIGN_BEGUN.search(work, max(start, d.start - 60), d.start)]
    return tuple(sorted(found, key=lambda d: d.relative or d.value is None or _RECALLED_DAY.search(work, start, d.end) is not None))


#: "as rebels pressed on with an offensive launched on Friday": the day a campaign began, not the day of the event.
_CAMPAIGN_BEGUN = re.compile(r"\b(?:offensive|campaign|operation|escalation|truce|ceasefire|siege)\s+(?:that\s+|which\s+)?"
                             r"(?:had\s+|was\s+|has\s+)?(?:been\s+)?(?:launched|began|begun|started|announced|declared|imposed)\s+$",
                             re.IGNORECASE)


#: "SOHR (had) reported on June 10 that ...": the monitor's own earlier report, whose day is the day of the event it told.
_MONITOR_RECALLED = re.compile(r"\b(?:SOHR|Observatory|monitor)\s+(?:had\s+)?(?:previously\s+|already\s+|also\s+)?"
                               r"(?:reported|documented|recorded|published|noted)\s+$", re.IGNORECASE)
_THAT = re.compile(r"\s*(?:,|that\b)", re.IGNORECASE)


#: "..., after the SDF arrested a leader on August 27, 2023", "the first since October 3": the day of another event.
_RECALLED_DAY = re.compile(r"\b(?:after|following|since|before|in\s+(?:response|retaliation|reply)\s+(?:to|for))\b", re.IGNORECASE)


def date_key(d: DateMention) -> str:
    """A key under which two phrases for the same day compare equal ("on Monday", "Monday evening", "at dawn today" and
    "today's")."""
    if d.value is not None:
        return d.value.isoformat()
    key = re.sub(r"^(?:at\s+(?:dawn|noon|midnight)|in\s+the\s+early\s+hours\s+of)\s+", "", d.text.lower().strip())
    key = re.sub(r"^(?:on|last|this|early|late)\s+(?:the\s+)?", "", key)  # ("at dawn today": today)
    return re.sub(r"(?:'s|\s+(?:morning|evening|night|afternoon))$", "", key)  # "yesterday's", "yesterday evening"


_WEEKDAYS = ("monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday")


def same_weekday(a: DateMention, b: DateMention) -> bool:
    """A full date and a weekday left unresolved (no publication date) that fall on the same day of the week ("Oct. 6,
    2020" and "Tuesday"): told of the same day."""
    dated, bare = (a, b) if a.value is not None else (b, a)
    if dated.value is None or bare.value is not None:
        return False
    named = [i for i, day in enumerate(_WEEKDAYS) if re.search(rf"\b{day}\b", bare.text, re.IGNORECASE)]
    return named == [dated.value.weekday()]
