"""An earlier event told in a "when" clause hung on a day or a period named in another statement.

* "The same post was attacked in May 2021, when four guards were killed by gunfire": the attack of May 2021 is an
  event of its own, with its own dead.
* "Strikes have gone on since Tuesday, when 12 soldiers died in a raid on their base": the raid of Tuesday is an event
  of its own; the strikes since then are not.

The day may be counted back ("three days ago, when", "last month, when"). Where the sentence tells its own event on
that day ("The post was raided in May 2021, when ..."), the whole sentence is that one event, read as an incident
where it would have been read as a total; "..., the latest in late June, when ..." singles out the last of a series the
sentence tells, an event of its own.

The clause after ", when" is cut off the sentence as a recalled event of its own only where it counts its own dead
("four guards were killed", "12 soldiers died", "killing three"); a "when" clause with no dead of its own ("since 24
March 2019, when the caliphate was declared defeated") stays part of its sentence, and so does a sentence that only
tells when its one event took place ("The latest attack took place on Sunday, when ..."), read elsewhere.
"""

from __future__ import annotations

import re
from dataclasses import replace

from observatory.extract.dates import MONTH_NAMES
from observatory.extract.events import event_type
from observatory.extract.incident_recall import ranked_against
from observatory.extract.numbers import find_quantities, number_words
from observatory.extract.text import Sentence

_WEEKDAY = r"(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)"
_YEAR = r"(?:19|20)\d\d"
_MONTH = r"(?:" + MONTH_NAMES + r")"
#: A named day or period: "March 2019", "late June", "February 27", "the 3rd of May, 2020", "Friday", "2018".
_DAY = (r"(?:the\s+)?(?:(?:early|late|mid)[\s-]+)?(?:" + _MONTH + r"(?:\s+\d{1,2}(?:st|nd|rd|th)?)?(?:,?\s+" + _YEAR + r")?"
        r"|\d{1,2}(?:st|nd|rd|th)?\s+(?:of\s+)?" + _MONTH + r"(?:,?\s+" + _YEAR + r")?|" + _WEEKDAY + r"|" + _YEAR + r")")
#: "since Friday, when", "in March 2019, when", "on the 3rd of May, when", "the latest in late June, when".
#: A day counted back from the report's: "three days ago", "two weeks earlier", "last month", "earlier this year".
_BACK = (r"(?:(?:" + number_words("a", "an", "several", "few", r"\d+") + r"|a\s+few)\s+(?:days?|weeks?|months?|years?)\s+(?:ago|earlier|before)"
         r"|last\s+(?:week|month|year)|earlier\s+this\s+(?:week|month|year)|the\s+previous\s+(?:week|month|year))")
_DAY_WHEN = re.compile(r"\b(?:(?P<since>since|in|on|of)\s+(?P<day>" + _DAY + r")|(?P<back>" + _BACK + r")),\s+when\s+", re.IGNORECASE)
#: The recalled event's own dead: "four guards were killed", "12 soldiers died", "killing three", "left eight dead".
_OWN_DEAD = re.compile(r"\b" + number_words(r"\d+", "a", "an") + r"\s+(?:[\w'\"-]+\s+){0,5}?(?:(?:were|was|had\s+been)\s+"
                       r"(?:killed|shot\s+dead|slain)|died|lost\s+(?:their|his|her)\s+lives?)\b|\b(?:killed|killing|left)\s+"
                       r"(?:at\s+least\s+)?" + number_words(r"\d+", plural=True) + r"\b", re.IGNORECASE)
#: A head that only says when its one event took place ("The latest attack took place", "It was the deadliest since"),
#: or a clause of it that places the event the "when" clause tells ("the largest of which took place in X on July 12").
_WHEN_ONLY = re.compile(r"\s*(?:The|It|This|That|These|Those)\b[^,;]*?\b(?:deadliest|bloodiest|worst|first|largest|biggest|"
                        r"latest|last)\b", re.IGNORECASE)
_TOLD_AT = re.compile(r"\b(?:took\s+place|occurred|came|happened|was\s+(?:recorded|documented|committed|reported))\b", re.IGNORECASE)
#: "Jarablus has seen several rounds of clashes, the latest in late June, when ...": the last of a series the head tells,
#: an event of its own.
_LATEST_OF = re.compile(r",\s+the\s+(?:latest|last|most\s+recent)(?:\s+(?:one|of\s+(?:them|which)))?\s+$", re.IGNORECASE)
#: Where a part of the "when" clause ends; a part after it that opens with a participle ("..., killing three", "...,
#: sparking a rare confrontation": round 72) is still the clause's, any other part is the sentence going on ("since 24
#: March 2019, when the caliphate was declared defeated, SOHR has documented 1,809 deaths": its figures are the
#: sentence's own, and the sentence is left whole).
_PART_END = re.compile(r"[,;:]")
_PARTICIPLE = re.compile(r"\s*(?:and\s+)?[a-z]+ing\b")
#: A head that counts its own dead ("SOHR documented the death of 150 people", "90 people were killed"): on a day or in a
#: period not told as a start ("in April, when ...", "last month, when ..."), the "when" clause tells that same time,
#: its dead a share of the head's ("in April, when fighting killed 30 civilians in Idlib alone"), no earlier event.
_HEAD_TOLL = re.compile(r"\b(?:deaths?|killing|murder|massacre|execution)\s+of\s+(?:at\s+least\s+)?" + number_words(r"\d[\d,]*") + r"\b|\b"
                        + number_words(r"\d[\d,]*") + r"\s+(?:[\w'-]+\s+){0,3}?(?:deaths|dead|fatalities|(?:have|had|were)\s+"
                        r"(?:been\s+)?killed|died)\b", re.IGNORECASE)


def _clause_end(work: str, start: int, stop: int) -> int | None:
    """Where the "when" clause that opens at ``start`` ends: the sentence's end, or None where the sentence goes on with
    a part of its own after it."""
    for cut in _PART_END.finditer(work, start, stop):
        if not _PARTICIPLE.match(work, cut.end(), stop) and work[cut.end():stop].strip(" .\n\"'"):
            return None
    return stop


def when_recalled(work: str, sent: Sentence) -> list[Sentence]:
    """The sentence cut where a "when" clause on a named day tells an earlier event with its own dead: [head, recalled
    event], or [] (see the module doc)."""
    m = _DAY_WHEN.search(work, sent.start, sent.end)
    if m is None or ranked_against(work, sent):  # "the heaviest toll since May, when ...": ``incident_recall``'s
        return []
    if _clause_end(work, m.end(), sent.end) is None:
        return []
    tail = work[m.end():sent.end]
    if _OWN_DEAD.search(tail) is None:
        return []
    head = work[sent.start:m.start()]
    if _WHEN_ONLY.match(head) is not None or _TOLD_AT.search(re.split(r"[,;:]", head)[-1]) is not None:
        return []  # "The latest attack took place on Sunday, when ...": one event, read elsewhere
    toll = _HEAD_TOLL.search(head) if (m.group("since") or "").lower() != "since" else None
    if toll is not None and _same_dead(toll.group(0), tail):  # "recalls the killing of four men ... in March 2023, when ..., killing four"
        return [replace(sent, recalled=True, end=m.start()), replace(sent, start=m.start(), recalled=False, first_in_paragraph=False,
                                                                     clause=True, inherits=True)]
    if (m.group("since") or "").lower() != "since" and event_type(head) is not None and not _LATEST_OF.search(head):
        return [replace(sent, recalled=True)]  # "The post was raided in May 2021, when ...": the sentence is the event
    if toll is not None:
        return []  # "SOHR documented 150 deaths in April, when fighting killed 30 civilians in Idlib alone": one period
    day = m.start("day") if m.group("day") else m.start("back")
    return [replace(sent, end=m.start()),
            replace(sent, start=day, first_in_paragraph=False, clause=False, inherits=False, recalled=True)]


def _same_dead(head_toll: str, tail: str) -> bool:
    """Whether the head's toll and the "when" clause's dead are one figure ("the killing of four Kurdish men in March
    2023, when gunmen ..., killing four"): one earlier event, told twice in its sentence (round 72)."""
    told = [q.value for q in find_quantities(head_toll) if not q.vague]
    own = _OWN_DEAD.search(tail)
    dead = [q.value for q in find_quantities(own.group(0)) if not q.vague] if own is not None else []
    return bool(told) and bool(dead) and told[0] == dead[0]


_SENTENCE_END = re.compile(r"[.!?](?=\s+[A-Z\"'])|\n")


def in_when_recalled(work: str, at: int) -> bool:
    """Whether offset ``at`` (a figure of a sentence of totals) lies in a recalled "when" clause: the dead of an
    earlier event, no part of the totals the sentence tells."""
    ends = [e.end() for e in _SENTENCE_END.finditer(work, max(0, at - 400), at)]
    start = ends[-1] if ends else max(0, at - 400)
    stop = _SENTENCE_END.search(work, at)
    end = stop.start() if stop else len(work)
    m = _DAY_WHEN.search(work, start, end)
    return m is not None and m.start() <= at and bool(when_recalled(work, Sentence(start, end, 0)))
