"""A toll tied to one event named by a determiner of one event is that event's toll, not a running total (used by
``totals_sentences.is_period_total``, tests in tests/test_extract_toll_of_one_event.py).

The dead are counted "in/of/from/by" one event named with a determiner of one thing ("that attack", "this strike",
"Sunday's ambush", "yesterday's blast", "Thursday's explosion"), and the toll is told as rising or standing at a
figure in any of the usual wordings:

* "The number of regime soldiers killed in Sunday's ISIS ambush ... has reached nine" (``_NUMBER_THEN_FIGURE``);
* "..., raising the number of NDF members killed in that attack to five" (``_NUMBER_THEN_FIGURE``);
* "..., raising to three the number of Hezbollah members killed in that strike" (``_FIGURE_THEN_NUMBER``).

``totals_one_event_rise`` and ``totals_risen_one`` read the same with "a/an/the" before the event; this module adds
the demonstratives and the day's possessive, "has reached N" with no "to", and figures written as words. A toll with a
span of time ("since", a year: ``PERIOD_CUE``) stays a total (the caller's check). Review r37-rev9: not when a second
count of dead follows the event's (a running total told beside it), the event is told as lasting days, or its dead are
spread over places or joined with other attacks (``_ANOTHER_TOLL``, ``_LASTING``, ``_MORE_THAN_ONE``).
"""

from __future__ import annotations

import re
from typing import Final

from observatory.extract.gates import folded, has_any
from observatory.extract.numbers import CARDINAL_WORD

_DEAD = r"(?:killed|dead|victims|fatalities|deaths)"
_DAY = r"(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday|yesterday|today|tonight|last\s+night)"
#: A determiner of one event: "that", "this", "Sunday's", "yesterday's".
_ONE_DET = rf"(?:the|that|this|{_DAY}['’]s)"
#: One event's noun, the head of its phrase (not "that attack campaign": many events).
_EVENT = (r"(?:explosion|blast|bombing|attack|massacre|airstrike|strike|ambush|raid|assault|shelling|bombardment|"
          r"collapse|incident|shooting)\b(?!s|\s+(?:campaigns?|offensives?|operations?|waves?|series|spree))")
#: Words of the event's phrase before its noun ("ISIS", "car bomb"), no preposition or time word that would start
#: another phrase ("in the city since the collapse of the truce").
_MODIFIER = r"(?:(?!(?:since|in|on|at|near|after|before|during|of|from|by)\b)[\w'’-]+\s+)"
_COUNTED = (rf"\b(?:number\s+of\s+(?:[\w'-]+\s+){{0,3}}?{_DEAD}|(?:death\s+)?toll)\s+(?:in|of|from|by|during)\s+{_ONE_DET}\s+"
            rf"{_MODIFIER}{{0,3}}?(?P<event>{_EVENT})")
_FIGURE = rf"(?:at\s+least\s+)?(?:\d|{CARDINAL_WORD}\b)"
_RISE_VERB = r"\b(?:bringing|raising|pushing|taking|brought|raised)\s+"
_RISEN = (r"\b(?:(?:has|had)\s+)?(?:(?:risen|rose|rises|climbed|increased|jumped|gone\s+up|went\s+up)\s+to|reached|"
          r"(?:stands|stood)\s+at)\s+")
#: "the number of soldiers killed in Sunday's ambush ... has reached nine", "raising the number ... in that attack to five".
_NUMBER_THEN_FIGURE: Final = re.compile(rf"{_COUNTED}[^.;:]{{0,120}}?(?:{_RISEN}|\s+to\s+){_FIGURE}", re.IGNORECASE)
#: "raising to three the number of Hezbollah members killed in that strike".
_FIGURE_THEN_NUMBER: Final = re.compile(rf"{_RISE_VERB}to\s+{_FIGURE}\S*\s+the\s+{_COUNTED}", re.IGNORECASE)
_STEMS: Final = ("number", "toll")
#: A second count of dead after the event's ("..., bringing the number of people killed by car bombs in the town to 61",
#: "while the number of soldiers killed by ISIS in the desert stands at 314", "raises to 29 the number of civilians
#: killed by war remnants"): the sentence also tells a running total, left to the older readings.
_ANOTHER_TOLL: Final = re.compile(rf"\b(?:number\s+of\s+(?:[\w'-]+\s+){{0,3}}?{_DEAD}|toll)\b", re.IGNORECASE)
#: The dead counted over more than the one event: spread over places ("in Sunday's shelling across the countryside of
#: Idlib and Hama") or joined with other events ("in that ambush and the attacks that came after it").
_MORE_THAN_ONE: Final = re.compile(r"\b(?:across|throughout|in\s+(?:several|various|different|many)\b)|^[^.;]{0,40}?\s+and\s+"
                                   r"(?:in\s+|of\s+|by\s+)?(?:the\s+)?(?:[\w'-]+\s+){0,3}?(?:attacks|strikes|airstrikes|raids|"
                                   r"ambushes|bombings|explosions|blasts|others)\b", re.IGNORECASE)
#: The event told as lasting days ("this bombardment, which started nine days ago", "now in its fifth day", "for six
#: days"): a campaign's toll, not one event's.
_LASTING: Final = re.compile(r"\b(?:in\s+its\s+\w+\s+day|(?:started|began|launched)\b[^.;]{0,30}?\bdays\s+ago|"
                             r"for\s+(?:the\s+(?:past|last)\s+)?(?:\w+|\d+)\s+(?:straight\s+|consecutive\s+)?days)\b", re.IGNORECASE)


def toll_of_one_event(chunk: str) -> bool:
    """Whether ``chunk`` tells the toll of one event named by a determiner of one event."""
    if not has_any(folded(chunk), _STEMS):
        return False
    m = _NUMBER_THEN_FIGURE.search(chunk) or _FIGURE_THEN_NUMBER.search(chunk)
    if m is None:
        return False
    rest = chunk[m.end("event"):]
    return not any(p.search(rest) for p in (_ANOTHER_TOLL, _LASTING, _MORE_THAN_ONE))
