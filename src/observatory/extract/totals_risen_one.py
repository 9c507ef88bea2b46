"""A toll that rises of one event, in two shapes ``totals_one_event_rise`` does not read (used by
``totals_sentences.is_period_total``).

* the toll tied to one event named with any article ("The death toll from a bombing that tore through buses ... rose
  to 126", "the number of people killed in the explosion of a fuel tanker ... rose on Wednesday to 46"): the event's
  noun in the singular after "toll/number of dead ... in/of/from/by a/an/the" (``_OF_ONE``);
* a rise timed within one day, before its figure ("the number of dead rose by the evening to 57", "the death toll rose
  on Thursday to 37"): a running total is not told as climbing by the evening of a weekday (``_TIMED``).

Either way the toll is the event's, not a period total; a toll with a span of time ("since", a year:
``PERIOD_CUE``) stays a total (the callers' check). Its split told after it by who the dead were ("the victims of
the bombing on Tuesday include 40 civilians and six fighters") is read with ``casualty_restated.VICTIMS_OF_ONE``.
"""

from __future__ import annotations

import re
from typing import Final

from observatory.extract.gates import folded, has_any

_DEAD = r"(?:killed|dead|victims|fatalities|deaths)"
#: One event's noun, the head of its phrase (not "the bombing campaign", "the attack wave": many events).
_EVENT = (r"(?:explosion|blast|bomb|bombing|attack|massacre|airstrike|strike|ambush|raid|assault|shelling|bombardment|"
          r"collapse)\b(?!s|\s+(?:campaigns?|offensives?|operations?|waves?|series|spree))")
#: "the death toll", "the toll", "the number of people killed".
_TOLL = rf"\b(?:toll|number\s+of\s+(?:[\w'-]+\s+){{0,3}}?{_DEAD})"
_DAY = r"(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)"
#: The point of one day the rise is told at, between the verb and "to".
_WHEN = rf"(?:on\s+{_DAY}(?:\s+(?:morning|afternoon|evening|night))?|by\s+(?:the\s+)?(?:morning|afternoon|evening|nightfall)|overnight)"
_RISE = r"\b(?:has\s+|had\s+)?(?:risen|rose|rises|climbed|increased|jumped)"
_FIGURE = r"(?:at\s+least\s+)?\d"
_OF_ONE: Final = re.compile(rf"{_TOLL}\s+(?:in|of|from|by)\s+(?:a|an|the)\s+(?:[\w'-]+\s+){{0,3}}?{_EVENT}[^.;:]*?"
                            rf"{_RISE}\s+(?:{_WHEN}\s+)?to\s+{_FIGURE}", re.IGNORECASE)
_TIMED: Final = re.compile(rf"{_TOLL}\s+{_RISE}\s+{_WHEN}\s+to\s+{_FIGURE}", re.IGNORECASE)
_STEMS: Final = ("toll", "number")


def risen_toll_of_one(chunk: str) -> bool:
    """Whether ``chunk`` tells one event's toll as rising in one of the module's shapes."""
    if not has_any(folded(chunk), _STEMS):
        return False
    return _OF_ONE.search(chunk) is not None or _TIMED.search(chunk) is not None

