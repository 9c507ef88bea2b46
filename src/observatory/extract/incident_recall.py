"""An earlier event recalled, with a calendar day of its own, inside the sentence of another one.

* "Clashes broke out on Monday ..., after A accused B of assassinating X in Y on March 3, 2021": two events.
* "The raids came in response to a drone attack on a base on May 2, 2023 that killed two soldiers": the attack answered
  is an event of its own, told with its own day and toll.

* "The strikes came after a kamikaze drone hit a base near X earlier on Thursday, killing a contractor": the sentence
  tells only the event answered, with its own day and toll.

* "Four soldiers were killed ..., days after 11 soldiers were killed in a similar attack", "..., a week after ISIS
  cells killed three shepherds there": an event some days, weeks or months before, with dead of its own, is an event
  of its own even with no calendar day.

* "The attack comes amid an escalation ..., after Ankara said nine of its soldiers had been killed in clashes with the
  PKK": an earlier event someone told of, with its own dead, is an event of its own.

* "The incident recalls the killing of four Kurdish men ... in March 2023": the event likened to, with a day of its own,
  is an event of its own (round 72).

Otherwise only a recall that names its day on the calendar (a month's name) is cut off: "..., after gunmen attacked a checkpoint
there" gives no day of its own and stays part of the event told.
"""

from __future__ import annotations

import re
from dataclasses import replace

from observatory.extract.dates import MONTH_NAMES, find_dates
from observatory.extract.events import event_type
from observatory.extract.gates import folded, has_any
from observatory.extract.numbers import number_words
from observatory.extract.segment import LIKENED_EVENT
from observatory.extract.text import Sentence

_RECALL = re.compile(r"(?:,\s*|\s+)(?P<gap>(?:" + number_words("a", "several", r"a\s+few", "few", r"\d+") + r"\s+)?(?:days?|weeks?|months?|years?)\s+)?"
                     r"(?:after|following|in\s+(?:response|retaliation|reply)\s+(?:to|for))\s+", re.IGNORECASE)
_RECALL_STEMS = ("after", "following", "response", "retaliation", "reply")  # every match of _RECALL holds one
_YEAR = re.compile(r"\b(?:19|20)\d\d\b")
_MONTH = re.compile(MONTH_NAMES + r"|\b(?:Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept?|Oct|Nov|Dec)\b\.?", re.IGNORECASE)


#: "the worst since November, when the monitor reported 16 dead", "the first since Feb. 3, when Israel fired missiles",
#: "the deadliest attack of its kind in the area since February, when ...":
#: the event a new one is ranked against, recalled with its own day.
_RANKED_WHEN = re.compile(r"\b(?:first|worst|deadliest|bloodiest|largest|biggest|heaviest|fiercest|most\s+\w+)\s+(?:[\w-]+\s+){0,7}?"
                          r"since\s+(?P<day>(?:early\s+|late\s+|mid-)?[A-Z][\w.]*(?:\s+\d{1,2})?(?:,?\s+(?:19|20)\d\d)?),\s+when\s+",
                          re.IGNORECASE)


#: "the deadliest since an ISIS attack on a military bus in the Kabajeb area left 34 soldiers dead at the end of 2020":
#: the earlier event told with its own toll, no day needed.
_RANKED_EVENT = re.compile(r"\b(?:worst|deadliest|bloodiest|largest|biggest|heaviest)\s+(?:[\w-]+\s+){0,7}?since\s+"
                           r"(?P<event>(?:an?|the)\s+(?:[\w-]+\s+){0,3}?(?:attack|ambush|bombing|explosion|strike|airstrike|massacre|"
                           r"raid|assault)\b(?!s)[^.;]{0,120}?\b(?:killed|killing|left|leaving)\b)", re.IGNORECASE)


def ranked_against(work: str, sent: Sentence) -> list[Sentence]:
    """The sentence cut where it ranks its event against an earlier one of a named day ("..., the worst since November,
    when 16 were killed") or told with its own toll ("the deadliest since an attack on a bus left 34 soldiers dead"):
    [head, the earlier event] (which, with only a day, shares the kind of the one ranked), or []."""
    m = _RANKED_WHEN.search(work, sent.start, sent.end)
    if m is None and (told := _RANKED_EVENT.search(work, sent.start, sent.end)) is not None:
        return [replace(sent, end=told.start()),
                replace(sent, start=told.start("event"), first_in_paragraph=False, clause=False, inherits=False, recalled=True)]
    if m is None or not _MONTH.search(m.group("day")):
        return []
    head = replace(sent, end=m.start())
    tail = replace(sent, start=m.start("day"), first_in_paragraph=False, clause=False, inherits=True, recalled=True)
    return [head, tail]


def recalled_parts(work: str, sent: Sentence) -> list[Sentence]:
    """The sentence cut where it recalls an event of another named day ([head, recalled]), the whole sentence marked as
    recalled when the part before the recall tells of no event of its own, or [] when it recalls none."""
    ranked = ranked_against(work, sent)
    if ranked:
        return ranked
    likened = LIKENED_EVENT.search(work, sent.start, sent.end)
    if likened is not None and (_MONTH.search(work, likened.end(), sent.end) or _YEAR.search(work, likened.end(), sent.end)):
        return [replace(sent, start=likened.start("event"), first_in_paragraph=False, clause=False, inherits=False, recalled=True)]
    for m in _RECALL.finditer(work, sent.start, sent.end) if has_any(folded(work, sent.start, sent.end), _RECALL_STEMS) else ():
        if _earlier_with_toll(work, sent, m) or _SAID_HAD_BEEN.match(work, m.end(), sent.end) and \
                event_type(work[sent.start:m.start()]) is not None and event_type(work[m.end():sent.end]) is not None:
            head = replace(sent, end=m.start())
            return [head, replace(sent, start=m.end(), first_in_paragraph=False, clause=False, inherits=False, recalled=True)]
        named = [d for d in find_dates(work, m.end(), sent.end, None) if _MONTH.search(d.text)]
        if not named and _answer_to_own_event(work, sent, m.start(), m.end()):
            named = find_dates(work, m.end(), sent.end, None)
        if not named or event_type(work[m.end():sent.end]) is None:
            continue
        day = day_key(named[0].text)
        if any(day_key(d.text) == day for d in find_dates(work, sent.start, m.start(), None)):
            continue  # the event told took place on the day recalled: one day, told once
        if event_type(work[sent.start:m.start()]) is None:
            return [replace(sent, recalled=True)]
        head = replace(sent, end=m.start())
        tail = replace(sent, start=m.end(), first_in_paragraph=False, clause=False, inherits=False, recalled=True)
        return [head, tail]
    return []


#: "The strikes came", "The raids were launched": the event told before, named only to say what it answered.
_ANSWER_HEAD = re.compile(r"\s*(?:The|These|Those|This|That)\s+(?:[\w-]+\s+){0,2}?(?:came|come|comes|were\s+(?:launched|carried\s+out)|"
                          r"was\s+(?:launched|carried\s+out))\s*", re.IGNORECASE)
_OWN_TOLL = re.compile(r"\b(?:killing|killed|wounding|injuring|leaving)\b", re.IGNORECASE)


def _answer_to_own_event(work: str, sent: Sentence, cut: int, tail: int) -> bool:
    """"The strikes came after a drone hit a base near X earlier on Thursday, killing a contractor": the event
    answered, told with its own day and toll, is an event of its own (the strikes are told before)."""
    if not _ANSWER_HEAD.fullmatch(work, sent.start, cut) or event_type(work[tail:sent.end]) is None:
        return False
    return bool(find_dates(work, tail, sent.end, None)) and _OWN_TOLL.search(work, tail, sent.end) is not None


#: The recalled event's own dead, told as such ("11 soldiers were killed", "ISIS killed three shepherds").
_RECALLED_DEAD = re.compile(r"\b" + number_words(r"\d+", "a", "an") + r"\s+(?:[\w-]+\s+){0,3}?"
                            r"(?:were|was|had\s+been)\s+(?:killed|shot\s+dead|slain)\b|\b(?:killed|killing|left)\s+"
                            r"(?:at\s+least\s+)?" + number_words(r"\d+", plural=True) + r"\b", re.IGNORECASE)


#: "..., after Ankara said nine of its soldiers had been killed in clashes with the PKK": an earlier event someone
#: told of, with its own dead.
_SAID_HAD_BEEN = re.compile(r"(?:[\w'’-]+\s+){1,6}?(?:said|announced|reported|stated|confirmed|acknowledged)\s+(?:that\s+)?"
                            r"[^,;.]{0,60}?\bhad\s+been\s+(?:killed|wounded|injured)\b", re.IGNORECASE)


def _earlier_with_toll(work: str, sent: Sentence, m: re.Match[str]) -> bool:
    """"Four soldiers were killed when ..., days after 11 soldiers were killed in a similar attack", "..., a week
    after ISIS cells killed three shepherds there": an event some days, weeks or months before the one told, with dead
    of its own, is an event of its own (when the one told has a kind of its own)."""
    if m.group("gap") is None:
        return False
    tail = work[m.end():sent.end]
    return event_type(work[sent.start:m.start()]) is not None and _RECALLED_DEAD.search(tail) is not None


def day_key(text: str) -> str:
    """A day's words as a key that two tellings of one day share ("on Monday", "Monday": "monday")."""
    return re.sub(r"^(?:on|since|until|till|to|and)\s+(?:the\s+)?", "", text.lower().strip())


#: "following the drone attack on X which killed 89 people", "after the airstrike on Y that killed 21 civilians": an
#: event with a toll of its own, recalled inside a sentence of totals.
_RECALLED_TOLL = re.compile(r"\b(?:following|after|since)\s+(?P<event>(?:the|an?)\s+[^,;:()]{3,160}?\b(?:which|that|,\s+when\s+"
                            r"[^,;:()]{3,80}?)\s+"
                            r"(?:had\s+)?(?:killed|left|claimed\s+the\s+lives\s+of)\s+(?:at\s+least\s+|nearly\s+|about\s+)?"
                            r"(?:\d[\d,]*|[a-z]+)\s+(?:[\w-]+\s+)?(?:people|persons|civilians|soldiers|members|fighters|"
                            r"militiamen|children|women|men|dead))", re.IGNORECASE)


def recalled_toll(work: str, sent: Sentence) -> Sentence | None:
    """The event, with its own toll, that a sentence of totals recalls as where its period began ("Since ..., following
    the drone attack on the Military Academy which killed 89 people, SOHR has documented ..."), or None."""
    m = _RECALLED_TOLL.search(work, sent.start, sent.end)
    if m is None or event_type(m.group("event")) is None:
        return None
    return replace(sent, start=m.start("event"), end=m.end("event"), first_in_paragraph=False, clause=False,
                   inherits=False, recalled=True)
