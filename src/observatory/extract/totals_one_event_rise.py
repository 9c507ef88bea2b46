"""One attack's toll told as rising is the incident's, not a period total (used by ``totals_sentences.is_period_total``).

* "..., bringing the number of civilians killed in the massacre to 108": the verb of the rise before the toll, the
  event named by "the" and one noun (``_BROUGHT_TO``);
* "The number of civilians killed by the warplanes that struck the village of X at dawn today has risen to 56": the
  dead of the doer of one strike on one named place (``_DOER_STRUCK``);
* round 35: "..., bringing the number of people executed at the checkpoint to nine", "..., bringing to two the number of
  people killed in the incident", "Seven more were shot at the same spot, bringing the number of people executed there to nine":
  the figure (in digits or words, before or after the counted dead) of dead tied to one event or one spot ("at the
  checkpoint", "there", "when warplanes struck a market in X") (``_RISE_OF_ONE``); with its side from the dead told before it (``casualty_people_rise``). Not
  dead tied to nothing ("raising the number of gunmen killed to three": left to the sentences around it), nor counted
  by a doer, in an area ("killed by Turkish drones in the region") or on a day ("killed yesterday"): a running toll.

A toll with a period cue ("since", "so far", a year: ``PERIOD_CUE``) stays a total (the caller's check).
"""

from __future__ import annotations

import re
from typing import Final

from observatory.extract.dates import MONTH_NAMES
from observatory.extract.gates import folded, has_any
from observatory.extract.numbers import CARDINAL_WORD

_DEAD_WORDS = "killed|dead|victims|fatalities|deaths"
_DEAD = rf"(?:{_DEAD_WORDS})"
_EVENT_WORDS = "explosion|blast|bombing|attack|massacre|airstrike|strike|ambush|raid|assault|shelling|bombardment|collapse"
_ONE_EVENT = rf"(?:{_EVENT_WORDS})\b(?!s)"
#: The verb of a toll's rise: "bringing", "raised" (also ``incident_split``).
RISE_VERB: Final = r"\b(?:bringing|raising|pushing|taking|brought|raised)\s+"
_BROUGHT_TO: Final = re.compile(RISE_VERB + rf"the\s+(?:death\s+toll|number\s+of\s+"
                                rf"(?:[\w'-]+\s+){{0,3}}?{_DEAD})\s+(?:in|of|from|by)\s+the\s+(?:[\w'-]+\s+){{0,2}}?{_ONE_EVENT}"
                                r"[^.;]{0,60}?\s+to\s+(?:at\s+least\s+)?\d", re.IGNORECASE)
_DOER_STRUCK: Final = re.compile(rf"\bnumber\s+of\s+(?:[\w'-]+\s+){{0,3}}?{_DEAD}\s+by\s+(?:the\s+)?(?:[\w'-]+\s+){{0,6}}?"
                                 r"(?:that|which)\s+(?:struck|hit|targeted|bombed|shelled)\s+(?:the\s+)?(?:village|town|city|"
                                 r"neighbou?rhood|market|camp)\s+of\b[^.;]*\b(?:risen|rose|rises|climbed|reached|increased)\s+to\b",
                                 re.IGNORECASE)
_STEMS: Final = ("bringing", "raising", "pushing", "taking", "brought", "raised", "number")
#: The year of one day's full date ("at dawn on Wednesday, 13 January 2021", "on January 13, 2021"): the day of one
#: event, no span of time (fixed-width look-behinds, one per month name).
_DAY_YEAR = "".join(rf"(?<!\d\s{month}\s)" for month in MONTH_NAMES.split("|")) + r"(?<!\d,\s)"
#: A span of time that keeps a rise a running total ("to 9 since March", "to eleven this year", "in 2021"): the callers'
#: check.
PERIOD_CUE: Final = re.compile(rf"\b(?:since|so\s+far|until|during|throughout|past|this\s+(?:year|month|week)|{_DAY_YEAR}(?:19|20)\d\d|"
                               r"months?|years?|weeks?)\b", re.IGNORECASE)
_FIGURE = rf"(?:at\s+least\s+)?(?:\d[\d,]*|{CARDINAL_WORD})\b"
_COUNTED = rf"the\s+number\s+of\s+(?:[\w'-]+\s+){{0,3}}?(?:(?:who|that)\s+(?:were|had\s+been|have\s+been)\s+)?(?:{_DEAD_WORDS}|executed)\b"
#: The rise and its figure, before ("bringing to two the number of people killed ...") or after the counted dead
#: ("raising the number of gunmen killed ... to three"); ``tail``: what ties the dead to something.
_RISE_OF_ONE: Final = re.compile(rf"{RISE_VERB}to\s+{_FIGURE}\s+{_COUNTED}(?P<tail>[^.;,]*)|"
                                 rf"{RISE_VERB}{_COUNTED}(?P<tail2>[^.;,]{{0,120}}?)\s+to\s+{_FIGURE}(?!\s+(?:per|percent))", re.IGNORECASE)
#: One event or one spot the counted dead are tied to (the whole tail).
_ONE_TIE: Final = re.compile(rf"\s+(?:(?:in|of|from)\s+the\s+(?:[\w'-]+\s+){{0,2}}?(?:{_EVENT_WORDS}|incident|shooting)\b(?!s)|"
                             # "... the number of civilians killed by a car bomb that went off in a market in X" (round 59)
                             rf"(?:by|in)\s+an?\s+(?:[\w'-]+\s+){{0,2}}?(?:{_EVENT_WORDS}|bomb|device|mine)\b(?!s)"
                             r"(?:\s+(?:that|which)\s+(?:went\s+off|exploded|detonated|struck|hit|targeted)\b[^.;,]*)?|"
                             r"(?:at|in)\s+the\s+(?:same\s+)?(?:checkpoint|spot|site|scene|house|place)\b(?!s)|there|"
                             # "... the number of people killed when Russian warplanes struck a vegetable market in X": one strike
                             r"when\s+(?:[\w'-]+\s+){1,4}?(?:struck|hit|targeted|bombed|shelled|attacked|ambushed|stormed)\s+an?\s+[^.;,]*)\s*",
                             re.IGNORECASE)


def one_event_rise(chunk: str) -> bool:
    """Whether ``chunk`` tells one attack's toll as rising in one of the module's shapes."""
    if not has_any(folded(chunk), _STEMS):
        return False
    return _BROUGHT_TO.search(chunk) is not None or _DOER_STRUCK.search(chunk) is not None or _rise_of_one(chunk)


def _rise_of_one(chunk: str) -> bool:
    """A rise of the dead tied to one event or one spot."""
    m = _RISE_OF_ONE.search(chunk)
    if m is None:
        return False
    tail = m.group("tail") if m.group("tail") is not None else m.group("tail2")
    return _ONE_TIE.fullmatch(tail) is not None
