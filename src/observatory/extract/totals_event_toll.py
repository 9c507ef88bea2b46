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
span of time ("since", a year: ``PERIOD_CUE``) stays a total (the caller's check).
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
            rf"{_MODIFIER}{{0,3}}?{_EVENT}")
_FIGURE = rf"(?:at\s+least\s+)?(?:\d|{CARDINAL_WORD}\b)"
_RISE_VERB = r"\b(?:bringing|raising|pushing|taking|brought|raised)\s+"
_RISEN = (r"\b(?:(?:has|had)\s+)?(?:(?:risen|rose|rises|climbed|increased|jumped|gone\s+up|went\s+up)\s+to|reached|"
          r"(?:stands|stood)\s+at)\s+")
#: "the number of soldiers killed in Sunday's ambush ... has reached nine", "raising the number ... in that attack to five".
_NUMBER_THEN_FIGURE: Final = re.compile(rf"{_COUNTED}[^.;:]{{0,120}}?(?:{_RISEN}|\s+to\s+){_FIGURE}", re.IGNORECASE)
#: "raising to three the number of Hezbollah members killed in that strike".
_FIGURE_THEN_NUMBER: Final = re.compile(rf"{_RISE_VERB}to\s+{_FIGURE}\S*\s+the\s+{_COUNTED}", re.IGNORECASE)
_STEMS: Final = ("number", "toll")


def toll_of_one_event(chunk: str) -> bool:
    """Whether ``chunk`` tells the toll of one event named by a determiner of one event."""
    if not has_any(folded(chunk), _STEMS):
        return False
    return _NUMBER_THEN_FIGURE.search(chunk) is not None or _FIGURE_THEN_NUMBER.search(chunk) is not None
