"""When a sentence's event happened against the incident being assembled, and whether the sentence names that incident
back, for ``incident_split``.

* another day, or another time of the day ("hours later", "the following morning", a month named at the head of the
  sentence), than the incident's (``another_day``, ``TIME_SHIFT``), leaving out how long the event lasted ("which
  lasted for nearly two hours") and the story of a place told in a relative clause (``own_time``);
* a sentence whose subject is the event told so far ("The attack came in two waves", "The clashes left ...") or that
  sets "the two sides" against each other tells more of it, unless it recalls another event ("The attack came two days
  after ...": ``refers_back``);
* a sentence opened by a month alone, with dead of its own, after an incident of another month or of none ("In January,
  an NDF member opened fire on a checkpoint, killing an Asayish member": ``month_recall``, ``month_opening``);
* an actor's event with no place or day of its own, told as following the incident before ("Russian jets later struck
  the hills"): placed in time by it (``told_as_following``, moved here from ``incident_split`` in round 63).
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from observatory.extract.dates import MONTH_NAMES
from observatory.extract.gates import word_start
from observatory.extract.incident_air_sequel import strikes_on_area, struck_in_response
from observatory.extract.incident_dates import date_key, same_weekday
from observatory.extract.incident_reply_fire import tells_reply
from observatory.extract.incident_sameness import ANOTHER, new_places
from observatory.extract.incident_units import EARLIER_REPORT

if TYPE_CHECKING:
    from observatory.extract.drafts import Draft, SentenceFacts


TIME_SHIFT = re.compile(word_start(r"\b(?:hours?|minutes|days?|two\s+days|shortly|a\s+day|weeks?)\s+(?:earlier|before|later|after|ago)\b"
                         r"(?!\s+(?:\d{1,2}(?::\d\d)?\s*(?:am|pm|a\.m\.|p\.m\.)|\d{1,2}:\d\d|midnight|noon)\b)|"  # (not "shortly after 1:10 am")
                         r"\b(?:earlier|later)\s+(?:this|that|last)\s+(?:week|month)\b|\blast\s+(?:week|month)\b|"
                         r"\b(?:earlier|later)\s+(?:on\s+)?(?:that|the\s+same)\s+(?:morning|day|night|evening|afternoon)\b|"
                         r"\b(?:the\s+)?(?:day|night)\s+before\b|\bthe\s+previous\s+(?:day|night)\b|"
                         r"\bthe\s+(?:following|next)\s+(?:day|morning|night|evening|afternoon)\b"), re.IGNORECASE)


LEADING_MONTH = re.compile(r"\s*(?:In|On|Last|Early|Late)\s+(?:early\s+|late\s+|mid-?)?(?:" + MONTH_NAMES + r")\b")


MONTH_NAME = re.compile(MONTH_NAMES, re.IGNORECASE)


def another_day(draft: Draft, f: SentenceFacts, text: str) -> bool:
    """The sentence tells of another day (or another time of the day) than the draft's."""
    if f.dates:
        if draft.date is None and EARLIER_REPORT.match(text):
            return True
        if draft.date is None:  # a day given later for the same event ("the attack took place on Monday") is no new day;
            # a named day of the calendar for an event in another place is
            return bool(_LEADING_DATE.match(text)) or bool(MONTH_NAME.search(f.dates[0].text)) and new_places(draft, f)
        return date_key(f.dates[0]) != date_key(draft.date) and not same_weekday(draft.date, f.dates[0])
    return bool(f.type_hit) and TIME_SHIFT.search(own_time(text)) is not None


#: ", which government forces had seized earlier this month": the story of a place, told in a relative clause.
_PLACE_STORY = re.compile(r",\s+(?:which|where)\s+[^,.;]{0,80}?\bhad\s+(?:been\s+)?[a-z]+(?:ed|en|t)\b[^,.;]*", re.IGNORECASE)


def own_time(text: str) -> str:
    """The sentence without the times that are not its event's: how long it lasted, and the story of a place."""
    return _PLACE_STORY.sub(" ", _DURATION.sub(" ", text))


#: "which lasted for nearly two hours": how long the event went on, not another time ("two hours before the cells
#: withdrew" is no shift to another event).
_DURATION = re.compile(r"\b(?:lasted|lasting|went\s+on|raged|continued)\s+(?:for\s+)?(?:about\s+|nearly\s+|around\s+|almost\s+|"
                       r"more\s+than\s+|over\s+)?(?:\w+\s+)?(?:hours?|minutes|days?)\b", re.IGNORECASE)


#: A sentence whose subject is the event told so far ("The attack came in two waves", "The bomb, planted by ..., went
#: off", "The clashes left ...") or that sets "the two sides" against each other: more about the same incident.
_BACK_REFERENCE = re.compile(r"\s*(?:The|This|That|[^.;]{0,80}?\b(?:reported|said|added|stated|noted|confirmed)\s+(?:that\s+)?the)\s+(?:same\s+|[\w-]+\s+)?(?:attack|assault|strike|airstrike|air\s+strike|bombing|"
                             r"blast|explosion|bomb|ambush|clashes|fighting|shelling|bombardment|raid|operation|incident|"
                             r"shell|rocket|missile|mortar\s+(?:shell|round)|drone|(?:land)?mine|IED|car\s+bomb|device)s?\b"
                             r"(?![\w\s-]{0,30}\b(?:on|in|at|near|against|targeting)\s+[A-Z])|"
                             r".{0,80}\bbetween\s+(?:the\s+two|both)\s+(?:sides|parties)\b|\s*(?:The\s+two|Both)\s+(?:sides|parties)\b|"
                             r"\s*The\s+(?:death\s+)?toll\s+(?:has\s+)?(?:rose|risen|climbed|increased|reached|went\s+up)\b|"
                             # "At least 14 others were injured, ..., when the car blew up": the hurt beside the dead told
                             # just before (round 59)
                             r"\s*(?i:(?:At\s+least\s+|Some\s+|About\s+|Around\s+|Nearly\s+|More\s+than\s+)?[\w,-]+\s+others\s+"
                             r"(?:were|have\s+been|had\s+been)\s+(?:injured|wounded|hurt)\b)")


def refers_back(text: str) -> bool:
    """The sentence tells more of the event told so far: its subject is that event, or "the two sides" fight on, or the
    clashes went on ("Clashes continued for about an hour after reinforcements arrived, and a woman was killed ...")."""
    if _GOES_ON.match(text) is not None:
        return not ANOTHER.search(text)
    if _UNCLAIMED.match(text) is not None:
        return True  # "ISIS had not claimed the attack by the time of writing, but the area is known for ...": that attack
    return _BACK_REFERENCE.match(text) is not None and not ANOTHER.search(text) and not _LEADING_DATE.match(text) \
        and not TIME_SHIFT.search(_BACKSTORY.sub("", text))  # "The attack came two days after ...": another event is recalled


#: "ISIS had not claimed the attack by the time of writing", "No party has yet claimed responsibility for the bombing":
#: the event told so far, unclaimed (round 69).
_UNCLAIMED = re.compile(r"\s*(?:[\w'-]+\s+){1,3}?(?:has|had|have)\s+(?:not\s+(?:yet\s+)?|yet\s+to\s+)claim(?:ed)?\s+"
                        r"(?:responsibility\s+for\s+)?(?:the|this|that)\s+(?:[\w-]+\s+)?(?:attack|bombing|blast|explosion|ambush|"
                        r"assassination|killing|strike|operation)\b", re.IGNORECASE)
#: "Clashes continued for about an hour ...", "The fighting went on until dawn": the clashes told so far, lasting (round
#: 68); not "Clashes continued between X and Y", "... around the dam": fighting named anew.
_GOES_ON = re.compile(r"\s*(?:The\s+)?(?:clashes|fighting|exchange\s+of\s+fire)\s+(?:continued|went\s+on|lasted|raged)\s+"
                      r"(?:for|until|till|into|throughout)\b", re.IGNORECASE)


#: "..., trucks that had crossed the border shortly before": a relative clause telling what preceded, not another event.
_BACKSTORY = re.compile(r"\b(?:that|which|who)\s+had\s+[^,.;]*", re.IGNORECASE)


_LEADING_DATE = re.compile(r"\s*(?:On|Last|Yesterday|Earlier|Today|This|At\s+dawn|In\s+the\s+early\s+hours|Late|Early)\b",
                           re.IGNORECASE)


#: A sentence opened by a month alone ("In January,", "In late March,", "In March 2022,"), no day of it.
_IN_MONTH = re.compile(r"\s*(?:Also\s+)?In\s+(?:early\s+|late\s+|mid-?)?(?P<month>" + MONTH_NAMES + r")(?:\s+(?P<year>(?:19|20)\d\d))?\s*,")


def month_opening(text: str) -> bool:
    """The sentence opens with a month alone ("In January, ..."): the time of an event of its own."""
    return _IN_MONTH.match(text) is not None


def month_recall(draft: Draft, f: SentenceFacts, text: str) -> bool:
    """"The attack is not the first of its kind. In January, an NDF member opened fire on a checkpoint, killing an Asayish
    member": a sentence with dead of its own, opened by a month alone that is not the incident's (or after an incident
    told with no date, or with a weekday the text does not place), tells an earlier event, whatever its toll
    (tests/test_extract_round63_readings.py)."""
    m = _IN_MONTH.match(text)
    if not f.mentions or m is None:
        return False
    told = draft.date.value if draft.date is not None else None
    if told is None:
        return draft.date is None or draft.date.relative
    return m.group("month").lower() != told.strftime("%B").lower() or m.group("year") not in (None, str(told.year))


#: "Afterwards, ...", "... later struck ...": an event told as following the one before it.
_FOLLOWING = re.compile(r"^\s*(?:Afterwards|Subsequently|Later|Shortly\s+after(?:wards)?|Soon\s+after(?:wards)?)\b|"
                        r"\b(?:later|subsequently|afterwards)\s+(?:\w+\s+)?(?:struck|shelled|bombed|carried\s+out|launched|"
                        r"fired|targeted|raided|attacked|hit|pounded)\b", re.IGNORECASE)


def told_as_following(draft: Draft, before: Draft | None, work: str) -> bool:
    """An actor's event with no place or day of its own, told as following an incident that has one ("Russian jets
    later struck the hills north of the field"): placed in time by the incident before it."""
    if before is None or draft.type_hit is None or draft.perpetrator is None or not (before.places or before.date):
        return False
    told = work[draft.start:draft.end]
    return _FOLLOWING.search(told) is not None or tells_reply(told) or strikes_on_area(before, draft, told) \
        or struck_in_response(told)  # ("Regime forces
    # responded by shelling ...", "Russian warplanes carried out 30 airstrikes on the area")
