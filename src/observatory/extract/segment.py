"""Sentence classification: heading, period total, incident material, or background."""

from __future__ import annotations

import re
from functools import lru_cache
from typing import Final

from observatory.extract.dates import MONTH_NAMES
from observatory.extract.gates import blank_gated, folded, has_any, word_start
from observatory.extract.numbers import number_words

#: The cues of a period total (TOTAL_RE), less the one that is slow to try at every word (_NTH_MONTH_CUE).
_TOTAL_CUES_SOURCE: Final = (
    r"\bsince\s+(?!then\b|the\s+(?:attack|incident|explosion|start\s+of\s+the\s+operation)\b(?!\s+(?:started|began)\b(?![^.;]{0,40}?\b(?:raising|bringing)\b)|\s+on\s+(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|the\s+\d)))"
    r"|\b(?:in|during|over|within|throughout)\s+the\s+(?:past|last|previous)\s+(?:\d+|\w+\s+)?\s*(?:hours|days|weeks|months|years|"
    r"month|year|week|\d+\s+hours)"
    r"|\b(?:same|this|that)\s+period\b|\bduring\s+the\s+period\b|\buntil\s+(?:today|now)\b|\bto\s+date\b|\btill\s+now\b"
    r"|\bamong\s+(?:this|the|these)\s+(?:total\s+)?(?:toll|total|fatalities|victims|dead|deaths)\b"
    r"|\bfrom\s+(?:the\s+)?(?:early|late|mid|beginning|start)\b|\bso\s+far\b|\b(?:in\s+)?total\b|\boverall\b|\btally\b|\bstatistics\b|\bcumulative\b|\bdeath\s+toll\s+of\s+military\s+operations"
    r"|\b(?:these|those|all\s+the)\s+(?:\w+\s+){0,2}?(?:attacks|operations|strikes|airstrikes|incidents|explosions|bombings)\s+"
    r"(?:have\s+|had\s+)?(?:left|killed|claimed|resulted)"
    r"|\bin\s+" + number_words(r"\d+", "several", "multiple", r"a\s+series\s+of", r"dozens\s+of", plural=True) + r"\s+"
    r"(?:separate\s+|different\s+|ISIS\s+|\w+\s+)?(?:attacks|operations|airstrikes|air\s?strikes|strikes|raids|"
    r"ambushes|incidents|bombings|explosions)\b"
    r"|\b(?:in|during|throughout)\s+(?:the\s+month\s+of\s+)?(?:January|February|March|April|May|June|July|August|September|October|"
    r"November|December)(?:\s*,?\s*(?:19|20)\d\d\b|\b(?!\s+\d))"  # ("in October 2021 19 operations": the month, then a count)
    r"|\b(?:in|during|throughout|over\s+the\s+course\s+of)\s+(?:the\s+year\s+)?(?:19|20)\d\d\b|\b(?:this|last|the\s+past)\s+(?:year|month)\b|\b(?:during|throughout)\s+the\s+year\b(?![\w-])|\b(?:during|throughout)\s+the\s+month(?=\s*[,.;])"
    r"|\b(?:the|total)\s+number\s+of\s+(?:[\w,]+\s+){0,12}?(?:killed|dead|fatalities|deaths|casualties|assassinated|executed)"
)
_TOTAL_TAIL: Final = r"|\bmonthly\b|\bannual\b|\bsince\s+the\s+beginning"
#: "the fifth month", "the 3rd month": every match holds "month" (see :func:`_total_cue`).
_NTH_MONTH_CUE: Final = r"\b(?:\d+(?:st|nd|rd|th)|\w+(?:st|nd|rd|th))\s+month\b"
TOTAL_RE: Final[re.Pattern[str]] = re.compile(word_start(_TOTAL_CUES_SOURCE + "|" + _NTH_MONTH_CUE + _TOTAL_TAIL), re.IGNORECASE)
_TOTAL_CUES: Final[re.Pattern[str]] = re.compile(word_start(_TOTAL_CUES_SOURCE + _TOTAL_TAIL), re.IGNORECASE)
_NTH_MONTH: Final[re.Pattern[str]] = re.compile(_NTH_MONTH_CUE, re.IGNORECASE)
#: The event a toll belongs to, named by its article or its day ("the", "today's", "yesterday afternoon's", "Friday's",
#: "last night's").
_ONE_EVENT_DET: Final = (r"(?:the|this|that|(?:(?:to|yester|(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun))day|to(?:night)|last\s+night|"
                         r"(?:this|yesterday|(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day)\s+(?:morning|afternoon|evening|night))['’]s)")
INCIDENT_TOLL_RE: Final[re.Pattern[str]] = re.compile(
    r"\btoll\s+of\s+" + _ONE_EVENT_DET + r"\s+(?:\w+\s+){0,2}?(?:attack|explosion|bombing|shelling|strike|airstrike|"
    r"ambush|blast|clash|clashes|massacre|incident)", re.IGNORECASE)
STATS_HEADER_RE: Final[re.Pattern[str]] = re.compile(
    r":\s*$|\bas\s+follows\b|\bthey\s+are\b|\bdistributed\b|\bbreakdown\b|\bas\s+the\s+following\b", re.IGNORECASE)
BACKGROUND_RE: Final[re.Pattern[str]] = re.compile(
    r"^\s*(?:According\s+to\s+SOHR\s+statistics|SOHR\s+has\s+(?:also\s+)?(?:published|"
    r"documented\s+(?:the\s+)?(?:total|number))|The\s+Syrian\s+Observatory\s+(?:had\s+published|published(?!,?\s+(?:on\s+"
    r"(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day|yesterday|earlier\s+today|today|last\s+night)\b)))", re.IGNORECASE)
TRANSITION_RE: Final[re.Pattern[str]] = re.compile(
    r"^\s*[\"']?(?:On\s+the\s+other\s+hand|Meanwhile|In\s+the\s+meantime|At\s+the\s+same\s+time|Simultaneously|While|Moreover|In\s+another|Separately|Elsewhere|Also|Earlier|Yesterday|Later|"
    r"In\s+a\s+(?:related|separate|similar|new)|In\s+the\s+same\s+(?:context|vein)(?!,?\s+(?:the\s+)?(?:number|toll|total|tally|count)\b)|In\s+addition|Furthermore|Additionally|Besides|Last\s+\w+|Similarly|"
    r"On\s+(?:the\s+)?(?:\d|Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|January|February|March|April|May|June|July|"
    r"August|September|October|November|December)|In\s+(?:\w+\s+)?(?:Idlib|Aleppo|Hama|Homs|Daraa|Deir|Raqqa|Hasakah|Latakia)|"
    r"In\s+(?:early\s+|late\s+|mid-)?(?:January|February|March|April|May|June|July|August|September|October|November|December)\b|"
    r"Earlier\s+this\s+(?:week|month)|A\s+day\s+(?:earlier|before)|The\s+(?:day|night)\s+before|"
    r"(?:Hours|Minutes|Days|Shortly|Two\s+days|Three\s+days|A\s+week|An?\s+hour|Half\s+an\s+hour)\s+(?:earlier|later|before|after|ago)|"
    r"(?:On\s+)?the\s+same\s+(?:day|night|morning|evening|afternoon)\b|"
    r"(?:On|In)\s+the\s+(?:night|evening|morning|afternoon)\s+of\s+the\s+same\s+day\b|"
    r"In\s+the\s+early\s+hours|At\s+(?:dawn|noon|night|midnight)|Late\s+(?:on\s+)?\w+day|Early\s+(?:on\s+)?\w+day|"
    r"In\s+a\s+(?:second|third|further)|Later\s+(?:on|that|the\s+same)|(?:Just\s+)?(?:Before|Prior\s+to)\s+(?:the|that|this)\b)",
    re.IGNORECASE,
)


_TOLL_UPDATE = re.compile(r"\b(?:the\s+)?number\s+of\s+(?:\w+\s+){0,4}?(?:fatalities|dead|deaths|killed|victims)\s+(?:has\s+|had\s+)?"
                          r"(?:rose|risen|increased|rises|reached|climbed)\s+to\s+(?P<n>\w+)", re.IGNORECASE)


#: A source that puts (places, estimates, gives) the number of the dead at a figure ("the monitor put the number of dead
#: at three", "officials placed the number of those killed at 12"): one toll told by its source, no period total in itself
#: (the number of one side's dead, "put the number of ISIS dead at 13", is left to ``totals_rivals``: a rival count).
_PUT_NUMBER = re.compile(r"\b(?:put|puts|putting|placed|places|placing|estimated|estimates|estimating|set|sets|setting)\s+"
                         r"(?:the|its|their)\s+number\s+of\s+(?:the\s+|those\s+|people\s+)?(?P<noun>dead|deaths|killed|fatalities|victims)"
                         r"\s+(?:[^.;:]{0,40}?\s)?at\b", re.IGNORECASE)


#: The one event a toll is of, after the toll's words: "in the massacre", "of that attack", "caused by today's bombing".
_OF_ONE_EVENT: Final = (r"(?:in|of|from|by|caused\s+by)\s+" + _ONE_EVENT_DET + r"\s+(?:[\w-]+\s+){0,2}?"
                        r"(?:massacre|attack|explosion|bombing|strike|airstrike|air\s+strike|blast|ambush)\b(?!-)")
#: "the number of those killed in the massacre in X has risen to 17": the rising toll of one named event.
_EVENT_TOLL_RISE = re.compile(
    r"(?P<head>\b(?:the\s+)?(?:death\s+toll|number\s+of\s+(?:those\s+|people\s+|\w+\s+)?(?:killed|dead|victims|fatalities|deaths))\s+"
    + _OF_ONE_EVENT + r")"
    r"[^.;]{0,100}?\b(?:has\s+|had\s+)?(?:(?:risen|rose|increased|climbed|jumped|reached)\s+to|reached|(?:now\s+)?(?:stands|stood)\s+at)\b",
    re.IGNORECASE)

#: One event's toll raised by the news before it, the figure first: "raising to three the number of soldiers killed in
#: that attack" (round 71).
_RAISING_EVENT_TOLL = re.compile(
    r"\b(?:raising|bringing|pushing)\s+to\s+[\w,-]+\s+the\s+(?:death\s+toll|number\s+of\s+(?:[\w-]+\s+){0,3}?(?:killed|dead|"
    r"victims|fatalities|deaths))\s+" + _OF_ONE_EVENT, re.IGNORECASE)


#: "so far" that counts nothing: "with no information about the killers so far", "no party has claimed it so far".
_NOTHING_SO_FAR = re.compile(r"\b(?:no|without\s+(?:any\s+)?)\s*(?:information|details|news|word|party|group|side|one|claims?|"
                             r"responsibility|trace)\b[^.;:\d]{0,80}?\bso\s+far\b|"
                             r"\b(?:not|never)\s+(?:yet\s+)?(?:been\s+)?(?:identified|known|named|claimed|revealed|found|arrested|"
                             r"disclosed)\s+(?:\w+\s+){0,3}?so\s+far\b", re.IGNORECASE)


#: One earlier event a sentence likens its own to ("The incident recalls the killing of four men ...", "is reminiscent
#: of the massacre of ..."): that event told, no count over a period (round 72).
#: The verbs that liken one event to another: "recalls", "is reminiscent of", "echoes" (also ``incident_units``).
LIKENING = r"\b(?:recalls|recalled|is\s+reminiscent\s+of|was\s+reminiscent\s+of|echoes|echoed|mirrors)"
LIKENED_EVENT = re.compile(LIKENING + r"\s+(?P<event>(?:the|a)\s+"
                           r"(?:[\w-]+\s+){0,2}?(?:killing|massacre|attack|bombing|murder|execution|shooting)\s+of\b)", re.IGNORECASE)

#: "the bloodiest raid of its kind since the war began", "the largest attack since 2019": a comparison that ranks one
#: event against a period, not a count over the period.
RANKED_SINCE = re.compile(r"\b(?:the\s+)?(?:deadliest|bloodiest|largest|biggest|heaviest|worst|fiercest|most\s+(?:violent|intense|"
                           r"deadly|serious)|first|highest|strongest)\s+(?:[\w-]+\s+){0,4}?(?:of\s+its\s+kind\s+|in\s+\w+\s+)?"
                           r"since\s+(?:the\s+(?:start|beginning|outbreak|onset)\s+of\s+(?:the\s+)?(?:\w+\s+)?"
                           r"(?:war|conflict|revolution|uprising|crisis|year|month)|(?:early\s+|late\s+|mid-?)?(?:19|20)\d\d|"
                           # "since the conflict began nearly a decade ago", "since the war broke out in 2011"
                           r"(?:the\s+)?(?:\w+\s+)?(?:war|conflict|revolution|uprising|crisis)\s+(?:began|started|erupted|broke\s+out)"
                           r"(?:\s+in\s+(?:19|20)\d\d|\s+(?:(?:nearly|almost|about|some|over|more\s+than)\s+)?(?:a|an|one|two|three|"
                           r"four|five|six|seven|eight|nine|ten|eleven|twelve|thirteen|fourteen|\d+)\s+(?:decades?|years?)\s+ago)?|"
                           r"(?:" + MONTH_NAMES + r")\b)|"
                           # "the deadliest single attack on the Turkish army since it first intervened in Syria" (round 73)
                           r"\b(?:deadliest|bloodiest|worst|heaviest)\s+(?:[\w-]+\s+){0,6}?since\s+(?:it|they|[\w-]+)\s+(?:first\s+)?"
                           r"(?:intervened|deployed|entered\s+(?:Syria|the\s+(?:war|conflict)))\b",
                           re.IGNORECASE)


#: "targeted during the period of ISIS control", "in the days of the siege": an era that dates a thing, not a count.
_ERA = re.compile(r"\b(?:during|in|throughout)\s+the\s+(?:period|era|days|time|years)\s+of\s+(?:the\s+)?(?:[\w-]+\s+){0,2}?"
                  r"(?:control|rule|occupation|siege|presence|dominance)\b", re.IGNORECASE)
_ERA_STEMS: Final = ("control", "rule", "occupation", "siege", "presence", "dominance")  # every match ends with one
_SINCE_OR_NUMBER = re.compile(r"\bsince\b|\bnumber\s+of\b", re.IGNORECASE)
#: A window of hours or days ("in the past 48 hours", "over the last three days"): with the toll of clashes, a total.
_CLASHES_TOLL = re.compile(r"\btoll\s+of\s+the\s+(?:\w+\s+){0,2}?(?:clashes|fighting|battles)\b", re.IGNORECASE)
_WINDOW = re.compile(r"\b(?:in|during|over|within)\s+the\s+(?:past|last|previous)\s+(?:\d+|\w+)\s+(?:hours|days)\b", re.IGNORECASE)


#: "since" as an adverb between an auxiliary and its participle ("sources have since reported that the toll rose to
#: 27", "the town has since been retaken"): afterwards, not the start of a period.
_SINCE_ADVERB = re.compile(r"\b(?:has|have|had)\s+since\s+(?=(?:[a-z]+ed|been|seen|become|begun|risen|fallen|gone|taken|given|sent|"
                           r"left|held|kept|said|told|found|fought|brought|spent|made|grown|shown|known|come)\b)", re.IGNORECASE)

#: "since" as "because" ("the toll could rise, since several of the 50 wounded are in critical condition"): a clause of
#: people, no period.
_SINCE_BECAUSE = re.compile(r",\s*since\s+(?=(?:several|many|some|most|a\s+number|dozens|scores|a\s+few|few|all|both|they|it|he|she|"
                            r"there|(?:the|those|these)\s+(?:[\w-]+\s+)?(?:wounded|injured|hurt|casualties|victims)|"
                            r"(?:\d+|half|one|two|three|four|five)\s+of\s+(?:the|them|those))\b)", re.IGNORECASE)


@lru_cache(maxsize=4096)  # asked several times of a sentence (totals, incidents, their clauses)
def is_total(sentence: str) -> bool:
    """A period or running total rather than one incident's toll."""
    # each pattern runs only where the sentence holds a stem its every match holds (blanking adds none)
    span = folded(sentence)
    sentence = blank_gated(_NOTHING_SO_FAR, ("far",), sentence, span)  # "so far"
    sentence = blank_gated(RANKED_SINCE, ("since",), sentence, span)
    sentence = blank_gated(_SINCE_ADVERB, ("since",), sentence, span)  # "sources have since reported": later, no period
    sentence = blank_gated(_SINCE_BECAUSE, ("since",), sentence, span)  # "..., since several of the wounded are ...": because
    sentence = blank_gated(_ERA, _ERA_STEMS, sentence, span)
    if "toll" in span and INCIDENT_TOLL_RE.search(sentence) and not _SINCE_OR_NUMBER.search(sentence) \
            and not (_CLASHES_TOLL.search(sentence) and _WINDOW.search(sentence)):
        return False  # (not "the toll of the clashes has risen in the past 48 hours to ...": days of fighting, a total)
    rise = _EVENT_TOLL_RISE.search(sentence) if has_any(span, ("toll", "number")) else None  # "death toll", "number of"
    if rise is not None:  # one event's toll rising: a total only where the rest of the sentence gives a period
        return _total_cue(sentence[:rise.start()] + " " + sentence[rise.end("head"):])
    raising = _RAISING_EVENT_TOLL.search(sentence) if has_any(span, ("raising", "bringing", "pushing")) else None
    if raising is not None:  # "raising to three the number of soldiers killed in that attack": that attack's toll
        return _total_cue(sentence[:raising.start()] + " " + sentence[raising.end():])
    put = _PUT_NUMBER.search(sentence) if "number" in span else None
    if put is not None:  # "SOHR put the number of dead at three": a source's count of one incident, unless the rest gives a period
        return _total_cue(sentence[:put.start()] + " " + sentence[put.end("noun"):])
    update = _TOLL_UPDATE.search(sentence) if "number" in span else None
    if update and _small(update.group("n")):  # "the number of fatalities increased to three": one incident's toll rises
        rest = sentence[:update.start()] + sentence[update.end():]
        return _total_cue(rest)
    return _total_cue(sentence)


def _total_cue(text: str) -> bool:
    """Whether TOTAL_RE occurs in the text: its cues but one, or _NTH_MONTH, tried only where the text holds "month"."""
    return _TOTAL_CUES.search(text) is not None or "month" in folded(text) and _NTH_MONTH.search(text) is not None


def _small(word: str) -> bool:
    from observatory.extract.numbers import words_to_int

    value = words_to_int(word)
    return value is not None and value <= 20
