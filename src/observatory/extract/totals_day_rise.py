"""A toll told as rising of strikes or an attack pinned to one day is the event's, not a period total (used by
``totals_sentences.is_period_total``).

* "the number of fatalities in the airstrikes which pounded positions ... at dawn today has climbed to 57", "SOHR
  documented a rise in the number of people killed in the strikes on the market ... to 39 civilians, after several of
  the wounded died this evening": the dead of one event (the strikes of one raid too, "the strikes", "the raids"; not "the attacks" or "the blasts":
  several events, whose toll is a joint one, SCHEMA),
  told as rising, with a point of one day in the words between the toll and its figure ("at dawn today", "yesterday",
  "last night", "this evening", "on Tuesday");
* the rise as a verb ("has risen/climbed to N") or as a noun ("a rise in the death toll ... to N").

Not served: a toll of fighting, an escalation or a campaign (``_CAMPAIGN``: "the clashes which broke out yesterday" is a
running toll of its own kind), a toll with a span of time ("since", a year: ``PERIOD_CUE``, the caller's check), a
toll across a region or the country (the caller's spread checks run first), a toll with no day ("the number of people
killed in the strikes has risen to 300": a running total).
"""

from __future__ import annotations

import re
from typing import Final

from observatory.extract.gates import folded, has_any

_DEAD = r"(?:killed|dead|victims|fatalities|deaths|casualties)"
#: "the death toll", "the toll", "the number of (the) people killed", "the number of fatalities".
_TOLL = rf"\b(?:(?:death\s+)?toll|number\s+of\s+(?:[\w'-]+\s+){{0,3}}?{_DEAD})"
#: The event counted, one or many of one kind: "the airstrikes", "the Israeli strikes", "the drone attack".
#: Many strikes of one raid are one event; many attacks or blasts on a day are several, their toll a joint one (SCHEMA).
_EVENT = (r"(?:explosion|blast|bombing|attack|massacre|airstrikes?|air\s+strikes?|strikes?|ambush|raids?|"
          r"assault|shelling|bombardment)\b(?!s)")
#: Many events or days of fighting under one name: their toll runs on.
_CAMPAIGN = re.compile(r"\b(?:campaigns?|offensives?|operations?|waves?|series|spree|escalation|clashes|fighting|battles?)\b",
                       re.IGNORECASE)
_DAY = r"(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)"
#: A point of one day.
_ONE_DAY = re.compile(rf"\b(?:today|tonight|yesterday|overnight|last\s+night|this\s+(?:morning|afternoon|evening)|"
                      rf"at\s+(?:dawn|midday|noon|night)|on\s+{_DAY})\b", re.IGNORECASE)
_RISE_VERB = r"\b(?:has\s+|had\s+|have\s+)?(?:risen|rose|rises|climbed|climbs|increased|jumped)"
_FIGURE = r"(?:at\s+least\s+)?(?:\d|[a-z]+\b)"
#: One day named as the event's owner: "in last night's air strikes", "of Tuesday's bombing" (round 59).
_DAY_OWNS = rf"(?:{_DAY}|yesterday|today|tonight|last\s+night)['’]s"


def _head(owner: str) -> str:
    """The toll of the event ("the number of fatalities in the Israeli airstrikes", "the death toll of the drone
    attack", "the toll of Sunday's blast"), the day that owns it (if any) in the group named ``owner``."""
    return rf"{_TOLL}\s+(?:in|of|from|by|caused\s+by)\s+(?:the|(?P<{owner}>{_DAY_OWNS}))\s+(?:[\w'-]+\s+){{0,3}}?{_EVENT}"


#: The toll and its risen figure, the rise a noun before it ("a rise in the toll of ... to 39") or a verb after it ("the
#: toll of ... has climbed to 57"); ``noun_words`` / ``verb_words``: the words from the event to the figure.
_RISEN: Final = re.compile(rf"(?:\ba\s+(?:further\s+)?rise\s+in\s+the\s+{_head('owner')}(?P<noun_words>[^.;:]*?)|"
                           rf"{_head('owner2')}(?P<verb_words>[^.;:]*?){_RISE_VERB}\s+)to\s+{_FIGURE}", re.IGNORECASE)
#: The rise's cause told after its figure, on a point of one day: "..., after several of the wounded died this evening".
_DIED_ON_DAY: Final = re.compile(rf"[^.;:]*?,\s*(?:after|as)\s+[^.;:]*?\b(?:died|succumbed)\b[^.;:,]*?{_ONE_DAY.pattern}",
                                 re.IGNORECASE)
#: A running toll told right after the event's risen one: "..., bringing the number of people killed by car bombs in the
#: town to 61" (the sentence also gives a total).
_RUNNING_AFTER: Final = re.compile(r"[^.;:]*?,\s*(?:bringing|raising|pushing|taking)\s+the\s+(?:death\s+toll|toll|number)\b", re.IGNORECASE)
_STEMS: Final = ("toll", "number")
_DAY_WORD = rf"(?:{_DAY}|yesterday|today|tonight|last\s+night|this\s+(?:morning|afternoon|evening))"
#: Two places or two days joined in the words between ("on Maarat al-Numan and Saraqib today", "on Aleppo city and its
#: countryside", "on Monday and Tuesday"): strikes in several places or on two days, their toll a joint one (SCHEMA).
_SEVERAL: Final = re.compile(rf"\b(?:on|in|near)\s+(?:the\s+)?(?:(?:towns?|villages?|cities|city|areas?)\s+of\s+)?"
                             rf"[A-Z][\w'-]+(?:[\s-]+[a-zA-Z][\w'-]*){{0,2}}?,?\s+and\s+(?:its\s+countryside|(?:the\s+)?[A-Z])|"
                             rf"(?i:\b{_DAY_WORD}\s+and\s+(?:on\s+)?{_DAY_WORD}\b)")


def day_rise(chunk: str) -> bool:
    """Whether ``chunk`` tells the toll of one day's event as rising (see module doc)."""
    if not has_any(folded(chunk), _STEMS):
        return False
    for m in _RISEN.finditer(chunk):
        between = m.group("noun_words") if m.group("noun_words") is not None else m.group("verb_words")
        if _SEVERAL.search(chunk, m.start(), m.end()) is not None:
            continue  # ("the strikes on A and B today has risen to 40": a joint toll of several places or days)
        if _RUNNING_AFTER.match(chunk, m.end()):
            continue  # ("The toll of Sunday's blast rose to nine, bringing the number killed by car bombs in the town to 61")
        owned = m.group("owner") is not None or m.group("owner2") is not None  # ("in last night's air strikes on X")
        if _CAMPAIGN.search(chunk, m.start(), m.end()) is None and (owned or _ONE_DAY.search(between) or _DIED_ON_DAY.match(chunk, m.end())):
            return True
    return False
