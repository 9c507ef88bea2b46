"""Where the group a victim is tied to is named, after the words that tie him (tests in
tests/test_extract_casualty_tied_through_a_group.py).

* "The man was a member of a local armed group affiliated with the regime's Military Intelligence", "they were members
  of a militia loyal to Hezbollah", "a fighter in a cell linked to ISIS": a group of no name of its own stands between
  the tie and the side; the side is the one the group is affiliated with, backed by or loyal to (``tie_target``);
* "Both were former fighters of rebel factions who joined the Military Security after the settlement", "a former rebel
  who later joined the Fourth Division": the group the victims joined, not the one they left (SCHEMA, Daraa: settled
  ex-fighters working for regime services are the regime's).

* "gunmen led by a former commander of an opposition faction stormed the police station, killing nine policemen": an
  ex-member's old group fields no police there, so the policemen stay the state's (``former_of``).

* (a shared list) the trades of civilians, ``CIVIL_TRADES``.

Both ties are read from the place right after the tie ("was a member of") to the end of its sentence.
"""

from __future__ import annotations

import re

#: Trades of civilians ("a young man working as a money exchanger": ``mention_sides.family_or_work``).
CIVIL_TRADES = (r"(?:exchanger|driver|teacher|baker|butcher|mechanic|vendor|seller|merchant|trader|shopkeeper|nurse|doctor|"
                r"pharmacist|farmer|shepherd|labou?rer|porter|barber|carpenter|blacksmith|tailor|builder|plumber|electrician)\b")
#: A group named by a plain noun and what it belongs to: "a local armed group affiliated with the", "a militia loyal to".
_PLAIN_GROUP = re.compile(
    r"(?:an?\s+|the\s+)?(?:(?:local|small|armed|tribal|security|military|paramilitary|secret)\s+){0,2}"
    r"(?:groups?|militias?|cells?|factions?|formations?|units?|networks?|gangs?|brigades?)\s+"
    r"(?:(?:that\s+(?:is|was|are|were)|which\s+(?:is|was|are|were))\s+)?"
    r"(?:affiliated\s+(?:with|to)|linked\s+to|tied\s+to|loyal\s+to|backed\s+by|belonging\s+to|working\s+(?:for|with)|"
    r"operating\s+(?:for|with)|run\s+by|funded\s+by|attached\s+to)\s+(?:the\s+)?",
    re.IGNORECASE)
#: Ex-fighters told to have joined another group in the same clause: "former fighters of rebel factions who joined the".
_FORMER_JOINED = re.compile(
    r"[^.;!?\n]{0,80}?\b(?P<who>who|and|but)\s+(?:had\s+|have\s+)?(?:later\s+|then\s+|subsequently\s+)?"
    r"(?:joined|enlisted\s+in)\s+(?:the\s+)?(?:ranks\s+of\s+(?:the\s+)?)?",
    re.IGNORECASE)
#: "former" or "ex-" before the joining: the group joined is the latest.
_FORMER = re.compile(r"\b(?:former|ex-)", re.IGNORECASE)
#: How far before the tie's end "former" may stand ("were former fighters of").
_FORMER_BACK = 30


def tie_target(work: str, at: int) -> int:
    """Where the group the victim is tied to is named: ``at`` itself unless a plain group or a former group joined
    later stands there first (see module doc)."""
    joined = _FORMER_JOINED.match(work, at)
    if joined is not None and _FORMER.search(work, max(0, at - _FORMER_BACK), joined.start("who")):
        return joined.end()
    plain = _PLAIN_GROUP.match(work, at)
    return plain.end() if plain is not None else at


#: How far before a group's name "former" makes its members ex-members ("a former commander of an opposition faction").
_FORMER_REACH = 40


def former_of(work: str, at: int) -> bool:
    """Whether the group named at ``at`` is one the person told had left ("a former commander of a rebel faction"): such
    a person speaks for no authority of that group (``mention_sides.state_police``); also a name that opens with the word
    ("a former opposition fighter stormed the police station ... and killed nine policemen": round 71)."""
    return _FORMER.search(work, max(0, at - _FORMER_REACH), at) is not None or _FORMER.match(work, at) is not None
