"""One earlier event told with only its month ("Also in June, a U.S. strike on a car in Idlib city killed two senior
figures", "In February, an ambush near X killed six soldiers", "In January, a similar dispute in X left two people
dead"): "a strike", "an ambush" is one event with its own
toll, so the sentence is an incident, not a total of the month, and another one than the incident told before it
(unless that one is dated in the same month). So is one victim told with the event that hit them ("In February, a
soldier was injured when gunmen fired on a patrol near X", "In March, a man was shot dead by gunmen in Y"): a single
person's death or wound is no total of the month. So are the dead of one deed done to one thing ("In August last
year, 33 soldiers were slain when the group attacked a bus carrying troops": tests/test_extract_round57_readings.py);
so are the last event of a kind said to have been in a month ("The last major bombing in the capital was in March 2017,
when a suicide bomber struck the Palace of Justice, killing more than 30": round 64), and one group's fire told with
its toll ("In September, gunmen guarding the party's offices fired on protesters, wounding three": round 64). Round 71:
one doer as the subject ("In May 2020, a former opposition fighter stormed the police station ... and killed nine
policemen", "a fuel tanker rigged with explosives tore through a market"), shots at a crowd ("..., a protester and a
policeman were killed when security forces opened fire on demonstrators"), and strikes on one thing ("In December,
strikes targeted a farm near X, killing two men"). Round 74: one group's killing at one place ("In March, IS militants
killed at least 15 people collecting truffles in the desert near Palmyra").
"""

from __future__ import annotations

import re

from observatory.extract.dates import MONTH_NAMES

#: The year after the month, if told: "2023", "last year", "this year".
_YEAR = r"(?:\s+(?:19|20)\d\d|\s+(?:last|this)\s+year)?"

#: The month that opens the sentence, with its year if told: "In February,", "Also in early June 2023,".
_OPENING = r"\s*(?:Also\s+)?In\s+(?:early\s+|late\s+|mid-)?(?P<month>" + MONTH_NAMES + r")" + _YEAR + r",\s+"

_MONTH_EVENT = re.compile(
    _OPENING + r"(?:a|an)\s+(?:[\w.'-]+\s+){0,3}?(?:strike|airstrike|air\s+strike|drone\s+strike|attack|bombing|"
    r"explosion|ambush|raid|car\s+bomb|dispute|quarrel)\b[^.;]*?(?:\bkill(?:ed|ing)\b|\bleft\s+(?:[\w-]+\s+){1,3}?dead\b)",
    re.IGNORECASE,
)

#: "In February, a Russian soldier was injured when ...", "In March, one man was shot dead by ...", "In January, a
#: health worker ... was shot dead in the camp's Syrian section" (round 65): one victim, one event ("a staff member of
#: Doctors Without Borders (MSF) was shot dead by": round 73).
_MONTH_VICTIM = re.compile(
    _OPENING + r"(?:a|an|one)\s+"
    r"(?:[\w'’()-]+\s+){1,8}?was\s+(?:(?:shot\s+)?(?:killed|injured|wounded)|shot\s+dead)\s+(?:when|by|in|at|near|inside|outside)\b",
    re.IGNORECASE,
)


#: "In August last year, 33 soldiers were slain when the group attacked a bus carrying troops near X": the dead of one
#: deed done to one thing (a bus, a convoy, a checkpoint).
_MONTH_DEED = re.compile(
    _OPENING + r"(?:[\w'-]+\s+){1,6}?(?:were|was)\s+(?:killed|slain|shot\s+dead)\s+when\s+(?:the|a|an|its|their)\s+(?:[\w'-]+\s+){0,3}?"
    r"(?:attacked|ambushed|struck|hit|targeted|bombed|stormed)\s+(?:a|an)\s+(?!series\b|number\b|wave\b)",
    re.IGNORECASE,
)

#: "In February, three people were killed in a dispute between two families in X": the dead of one event, told with
#: the article of one (not "in a series of attacks", "in a wave of strikes").
_MONTH_IN_ONE = re.compile(
    _OPENING + r"(?:[\w'-]+\s+){1,6}?(?:were|was)\s+(?:killed|slain|shot\s+dead)\s+in\s+(?:a|an)\s+(?:[\w'-]+\s+){0,2}?"
    r"(?:dispute|quarrel|clash|explosion|blast|attack|ambush|strike|airstrike|bombing|shooting|fight|exchange\s+of\s+(?:gun)?fire)\b",
    re.IGNORECASE,
)

#: "In May, regime shelling on the same post wounded two Turkish soldiers": fire on one thing (a post, a house, a car).
_MONTH_FIRE_ON_ONE = re.compile(
    _OPENING + r"(?:[\w'-]+\s+){0,3}?(?:shelling|strikes?|airstrikes?|fire|attacks?)\s+on\s+(?:the|a|an|its|their)\s+(?:same\s+)?"
    r"(?:[\w'-]+\s+)?(?:post|position|base|checkpoint|house|home|car|vehicle|convoy|patrol|school|hospital|market)\b"
    r"[^.;]*?\b(?:killed|wounded|injured|killing|wounding|injuring)\b",
    re.IGNORECASE,
)

#: "The last major bombing in the capital was in March 2017, when a suicide bomber struck the Palace of Justice, killing
#: more than 30 people": the last event of a kind, dated by its month, told as one deed of one doer (round 64).
_LAST_WAS_IN = re.compile(
    r"[^.;]{0,100}?\bwas\s+in\s+(?:early\s+|late\s+|mid-)?(?P<month>" + MONTH_NAMES + r")" + _YEAR + r",\s+when\s+(?:a|an)\s+"
    r"(?:[\w'-]+\s+){0,3}?[a-z]+(?:ed|ew|uck|ot)\b[^.;]*?\bkill(?:ed|ing)\b",
    re.IGNORECASE,
)

#: "In September, gunmen guarding the party's offices in X fired on protesters, wounding three": one deed of one group of
#: doers told with its toll (round 64), not a month's total.
_MONTH_FIRED_ON = re.compile(
    _OPENING + r"(?:[\w'’-]+\s+){1,10}?(?:fired\s+(?:on|at)|opened\s+fire\s+on|shot\s+at)\s+[^.;]*?,\s+"
    r"(?:(?:lightly|slightly|seriously|critically|badly)\s+)?(?:killing|wounding|injuring)\s+(?:an?|one|two|three|four|five|six|"
    r"seven|eight|nine|ten|\d{1,2})\b",
    re.IGNORECASE,
)

#: "In May 2020, a former opposition fighter stormed the police station in X and killed nine policemen", "In April 2020,
#: a fuel tanker rigged with explosives tore through a market, killing ...": one doer, the subject, and its deed (round 71).
_MONTH_DOER = re.compile(
    _OPENING + r"(?:a|an)\s+(?:[\w'-]+\s+){0,3}?(?:fighter|gunman|man|member|bomber|militant|soldier|officer|attacker|assailant|"
    r"sniper|policeman|guard|tanker|truck|lorry)\s+(?:[\w'-]+\s+){0,4}?(?:stormed|opened\s+fire|fired|shot|attacked|"
    r"blew\s+(?:himself\s+)?up|detonated|stabbed|threw|rammed|tore\s+through|exploded|went\s+off)\b[^.;]*?"
    r"\b(?:kill(?:ed|ing)|wound(?:ed|ing)|injur(?:ed|ing))\b",
    re.IGNORECASE,
)

#: "In December 2022, a protester and a policeman were killed when security forces opened fire on demonstrators": shots
#: at one gathering (round 71).
_MONTH_CROWD = re.compile(
    _OPENING + r"[^.;]*?\b(?:were|was)\s+(?:killed|wounded|injured|shot\s+dead)\s+when\s+[^.;]*?\b(?:opened\s+fire|fired|shot)\s+"
    r"(?:on|at)\s+(?:the\s+)?(?:[\w'-]+\s+){0,2}?(?:protesters|demonstrators|crowd|mourners|worshippers)\b",
    re.IGNORECASE,
)

#: "In December, strikes targeted a farm near X, killing two men": the strikes of one raid on one thing (round 71).
_MONTH_STRUCK_ONE = re.compile(
    _OPENING + r"(?:[\w'-]+\s+){0,3}?(?:strikes?|airstrikes?|raids?|drones?)\s+(?:targeted|struck|hit|bombed)\s+(?:a|an|the)\s+"
    r"(?:[\w'-]+\s+)?(?:farm|house|home|car|vehicle|convoy|truck|shop|warehouse|depot|building)\b[^.;]*?,\s+"
    r"(?:killing|wounding|injuring|leaving)\b",
    re.IGNORECASE,
)

#: "In March, IS militants killed at least 15 people collecting truffles in the desert near Palmyra": one group's
#: killing of people at one place, named after them (round 74); not "In March, attacks near X killed ...".
_MONTH_KILLED_NEAR = re.compile(
    _OPENING + r"(?:(?!attacks\b|strikes\b|operations\b|ambushes\b)[\w'-]+\s+){1,4}?killed\s+(?:at\s+least\s+)?(?:\d+|[a-z]+)\s+"
    r"(?:[\w'-]+\s+){1,4}?(?:in\s+the\s+(?:desert|countryside|outskirts)\s+)?near\s+(?:the\s+(?:town|village|city)\s+of\s+)?"
    r"(?:[a-z]{1,2}-)?[A-Z][\w'-]+(?=\s*[,.;]|\s+in\b)",
    re.IGNORECASE,
)

_PATTERNS = (_MONTH_EVENT, _MONTH_VICTIM, _MONTH_DEED, _MONTH_IN_ONE, _MONTH_FIRE_ON_ONE, _LAST_WAS_IN, _MONTH_FIRED_ON,
             _MONTH_DOER, _MONTH_CROWD, _MONTH_STRUCK_ONE, _MONTH_KILLED_NEAR)


def month_event(chunk: str) -> bool:
    """Whether the sentence opens with a month and tells one event ("a strike", "an ambush") that killed someone, or
    one person killed or hurt by an event told with them ("when gunmen fired", "by a landmine")."""
    return any(p.match(chunk) is not None for p in _PATTERNS)


def month_of(chunk: str) -> str:
    """The month (lower case) a sentence read by :func:`month_event` opens with, or "" when it opens with none."""
    m = next((found for p in _PATTERNS if (found := p.match(chunk)) is not None), None)
    return m.group("month").lower() if m else ""
