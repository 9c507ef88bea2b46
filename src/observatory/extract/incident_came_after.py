"""An event the incident is said to have followed or answered, told in the same sentence.

Construction handled: "The strikes came a day after unidentified drones targeted a convoy near X", "The shelling came in
response to an attack by the factions with rockets on Y": the event after "came ... after / in response to" is an
earlier event of its own (an incident), when the words after it tell a kind of event; not "came after the failure of
negotiations" (no kind of event), "came in response to attacks by X" (attacks in general) or "came hours after
a combing operation in the area" (a search, no event), nor "The clashes came after gunmen attacked a checkpoint"
(the attack that began the fight told). "The shelling came as the Fourth Division tried to storm the district": the
side's assault at that time, an attack of its own. A sentence that only names the event it came after ("The strike came days
after another Israeli attack."), when the next sentence tells an event of that kind, points to that sentence's event
and tells none of its own. A sentence that only sets the incident in time ("The
bombardment came weeks before peace talks due in Geneva") is more of the incident, not an event of its own. "The
killing comes seven months after members of the X faction shot dead four civilians in Y" recalls an earlier killing
(round 64).
"""

from __future__ import annotations

import re

from observatory.extract.events import event_type
from observatory.extract.incident_bounds import MANY_EVENTS
from observatory.extract.numbers import number_words

#: "The source said (that) ...", "The Pentagon had announced that ...": a party's word before the sentence it reports.
SAID_THAT = (
    r"(?:[A-Z][\w'’-]*(?:\s+[\w'’-]+){0,7}?\s+(?:said|says|announced|stated|added|noted|confirmed)\s+(?:that\s+)?)?"
)

_CAME_AFTER = re.compile(
    r"\s*"
    + SAID_THAT
    + r"(?:The|This|These|That|Those)\s+(?:[\w-]+\s+){0,3}?(?:came|comes|took\s+place)\s+(?:only\s+)?"
    r"(?:" + number_words("a", "an", "hours?", "days?", "minutes?", "weeks?", "months?", "years?", "shortly") + r"\s+){0,2}?"
    r"(?P<link>after|following|in\s+response\s+to|in\s+retaliation\s+for|before|ahead\s+of|amid|as)\s+",
    re.IGNORECASE,
)


#: A side's assault at the time of the incident ("came as the army's Fourth Division, which is close to Iran, tried to
#: storm the district"): an attack of its own (a fight with a clear initiator, SCHEMA).
_TRIED_ASSAULT = re.compile(r"[^.;]{0,120}?\b(?:tried|attempted|sought|(?:was|were)\s+trying)\s+to\s+"
                            r"(?P<verb>storm|attack|assault|raid|overrun|break\s+into)\b", re.IGNORECASE)


#: Someone's active killing of people ("cells killed a shepherd", "gunmen shot dead two men"): an event of its own.
_KILLING = re.compile(
    r"^(?:[\w'’-]+\s+){1,7}?(?:killed|shot\s+dead|executed|beheaded)\s+(?:an?|the|two|three|four|five|\d+)\s",
    re.IGNORECASE,
)


#: A search of an area ("a combing operation", "sweeps"), no violent event unless a fight is told.
_SWEEP = re.compile(
    r"\b(?:combing|search(?:ing)?|sweep(?:ing)?|security)\s+(?:operations?|campaigns?|raids?)\b", re.IGNORECASE
)


#: "The clashes were triggered by the killing of X and his wife in al-Bab on Friday": a killing that set off the incident,
#: told with its victims (round 66); so is "The fighting erupted after the killing of X" (round 69).
_TRIGGERED_BY_KILLING = re.compile(r"\s*(?:The|This|These|That|Those)\s+(?:[\w-]+\s+){0,3}?(?:(?:was|were|had\s+been)\s+"
                                   r"(?:triggered|sparked|prompted|provoked|set\s+off)\s+by|(?:erupted|broke\s+out|began|started|"
                                   r"flared(?:\s+up)?)\s+(?:after|following))\s+the\s+(?P<kill>killing|murder|assassination)\s+of\b",
                                   re.IGNORECASE)


def came_after_event(text: str, kind_told: str | None) -> bool | None:
    """The sentence says the incident came after (or answered) another event it tells, as one event (not "attacks" in
    general, nor a combing operation): that event starts an incident (True); so does a killing that set it off ("The
    clashes were triggered by the killing of X in al-Bab on Friday"). A sentence that only sets the incident in time
    ("The bombardment came weeks before peace talks in Geneva") is more of it (False); any other, None."""
    if _TRIGGERED_BY_KILLING.match(text):
        return True
    m = _CAME_AFTER.match(text)
    if m is None:
        return None
    rest = text[m.end() :]
    kind = event_type(rest)
    if m.group("link").lower() == "as" and kind_told not in ("attack", "clash") and _TRIED_ASSAULT.match(rest):
        return True  # "The shelling came as the Fourth Division tried to storm the district": that assault
    if kind is None:  # ("The attack comes days after cells killed a shepherd near X": a killing of its own)
        return _KILLING.search(rest) is not None and m.group("link").lower() in ("after", "following")
    if m.group("link").lower() in ("before", "ahead of", "amid", "as") or kind_told == "clash":
        return None  # ("The clashes came after tribal fighters attacked a checkpoint": the attack that began them)
    return MANY_EVENTS.fullmatch(rest[kind[1] : kind[2]]) is None and _SWEEP.search(rest) is None


#: "a drone attack", "an ISIS ambush": one event named by an indefinite article, its kind within a few words.
_ONE_NAMED = re.compile(r"an?\s+(?:[\w'’-]+\s+){0,3}?$", re.IGNORECASE)


def came_after_one(text: str) -> bool:
    """The sentence says what it tells came after (or answered) one event named with "a"/"an" ("The escalation came
    after a drone attack on a graduation ceremony in X"): that event is told, even in passing and with no toll; not
    "came after Ankara blamed the PKK for a bombing" (a statement) nor "came days after one of the deadliest attacks"."""
    m = _CAME_AFTER.match(text)
    if m is None or m.group("link").lower() in ("before", "ahead of", "amid", "as"):
        return False
    rest = text[m.end() :]
    kind = event_type(rest)
    if kind is None or _ONE_NAMED.fullmatch(rest[: kind[1]]) is None:
        return False
    return MANY_EVENTS.fullmatch(rest[kind[1] : kind[2]]) is None and _SWEEP.search(rest) is None


#: What may follow the event's words when the sentence names nothing more of it: "another Israeli attack."
_NOTHING_MORE = re.compile(r"s?\W*$")


def told_next(text: str, after: str) -> bool:
    """The sentence only names the one event it came after ("The strike came days after another Israeli attack."),
    and the next sentence tells an event of that kind ("On April 14, Israeli jets struck a facility near X"): that
    sentence tells it, this one only points to it."""
    m = _CAME_AFTER.match(text)
    if m is None:
        return False
    rest = text[m.end() :]
    kind, next_kind = event_type(rest), event_type(after)
    if kind is None or next_kind is None or _NOTHING_MORE.fullmatch(rest[kind[2] :]) is None:
        return False
    return kind[0] == next_kind[0] or {kind[0], next_kind[0]} <= {"airstrike", "drone_strike", "attack"}


def came_after_kind(text: str) -> tuple[str, int, int] | None:
    """The kind (with its span in ``text``) of the event a sentence says the incident came after or answered ("The US
    strikes came in response to a drone attack launched by the militias on the base": a drone strike); None where the
    sentence has no such link or the words after it tell no kind of event."""
    killing = _TRIGGERED_BY_KILLING.match(text)
    if killing is not None:  # "The clashes were triggered by the killing of X": a killing, an assassination
        return ("assassination", killing.start("kill"), killing.end("kill"))
    m = _CAME_AFTER.match(text)
    tried = _TRIED_ASSAULT.match(text, m.end()) if m is not None and m.group("link").lower() == "as" else None
    if tried is not None:  # "The shelling came as the Fourth Division tried to storm the district": an attack
        return ("attack", tried.start("verb"), tried.end("verb"))
    if m is None or m.group("link").lower() in ("before", "ahead of", "amid", "as"):
        return None
    kind = event_type(text[m.end() :])
    return None if kind is None else (kind[0], m.end() + kind[1], m.end() + kind[2])
