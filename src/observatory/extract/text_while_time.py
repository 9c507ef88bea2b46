"""Whether a clause after "while"/"whereas" tells its event at a time of its own, apart from the first half's.

* A time that points away from the first half's: "..., while last week a woman was killed when the army shelled B",
  "..., while no one was hurt in an attack a week later", "..., while a guard was wounded in an attack on a
  checkpoint two days earlier": another event, also of the same kind.
* A day named in the clause when the first half names another one: "On Tuesday, a drone struck a car near A, while
  on Thursday a strike on a farm near B wounded two", "This morning, jets struck A, while jets had bombed B on
  Saturday": another event.

Look-alikes: a day named only in the clause, the first half naming none ("two fighters were killed, while four
gunmen were killed on Saturday in the clashes"), dates the whole sentence; a victim who died of wounds days later,
or wounds "sustained days earlier", is of the first half's event; hours later is the same event.
"""

from __future__ import annotations

import re
from typing import Final

from observatory.extract.dates import MONTH_NAMES

_COUNT: Final = r"(?:a|an|one|two|three|four|five|six|seven|a\s+few|several|\d+)"
#: A time counted from the first half's or the report's: another time than the event told before.
_AWAY: Final[re.Pattern[str]] = re.compile(
    r"\b(?:last\s+(?:week|month)|earlier\s+(?:this|that|in\s+the)\s+(?:week|month)|"
    rf"{_COUNT}\s+(?:days?|weeks?|months?)\s+(?:later|earlier|before|ago|after\s+that|before\s+that)|"
    r"the\s+(?:previous|following|next)\s+(?:day|night|week)|the\s+day\s+(?:before|after))\b",
    re.IGNORECASE,
)
_WEEKDAY: Final = r"(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)"
#: A day named: a weekday, a date, or today.
_DAY: Final[re.Pattern[str]] = re.compile(
    rf"\b(?:{_WEEKDAY}|(?:{MONTH_NAMES})\s+[0-3]?\d\b|[0-3]?\d\s+(?:{MONTH_NAMES})|today|yesterday|"
    r"this\s+(?:morning|afternoon|evening)|tonight)\b",
    re.IGNORECASE,
)
#: A death of wounds (or wounds sustained) told with its time: the first half's event, later.
_WOUNDS: Final[re.Pattern[str]] = re.compile(
    r"\b(?:died|dies|succumbed)\s+(?:\w+\s+){0,3}?(?:of|to)\s+(?:\w+\s+){0,2}?"
    r"(?:wounds|injuries)|\bwounds\s+(?:he|she|they\s+)?(?:had\s+)?sustained\b",
    re.IGNORECASE,
)


def own_time(head: str, tail: str) -> bool:
    """The clause ``tail`` (after "while") is placed at a time of its own: one counted away from the event before it,
    or a day other than the one ``head`` names."""
    if _WOUNDS.search(tail):
        return False
    if _AWAY.search(tail):
        return True
    days = {_day(m.group(0)) for m in _DAY.finditer(tail)}
    told = {_day(m.group(0)) for m in _DAY.finditer(head)}
    return bool(days) and bool(told) and not days & told


#: A bare noun of an event, of no kind of its own: "a strike on a farm", "an attack on a checkpoint".
_BARE_EVENT: Final[re.Pattern[str]] = re.compile(
    r"\b(?:an?|another)\s+(?:[\w-]+\s+)?(?:strike|raid|attack)\s+(?:on|near|in|at|targeting)\b", re.IGNORECASE
)


def bare_event(tail: str) -> bool:
    """The clause names its event by a bare noun ("a strike on B"): an event of the kind told before it."""
    return _BARE_EVENT.search(tail) is not None


def _day(word: str) -> str:
    """The day named, in one spelling ("Sunday", "March 3")."""
    return " ".join(word.lower().split())
