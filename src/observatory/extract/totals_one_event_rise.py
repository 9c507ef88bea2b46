"""One attack's toll told as rising is the incident's, not a period total (used by ``totals_sentences.is_period_total``).

* "..., bringing the number of civilians killed in the massacre to 108": the verb of the rise before the toll, the
  event named by "the" and one noun (``_BROUGHT_TO``);
* "The number of civilians killed by the warplanes that struck the village of X at dawn today has risen to 56": the
  dead of the doer of one strike on one named place (``_DOER_STRUCK``).

A toll with a period cue ("since", "so far", a year) stays a total (the caller's check).
"""

from __future__ import annotations

import re
from typing import Final

from observatory.extract.gates import folded, has_any

_DEAD = r"(?:killed|dead|victims|fatalities|deaths)"
_ONE_EVENT = (r"(?:explosion|blast|bombing|attack|massacre|airstrike|strike|ambush|raid|assault|shelling|bombardment|"
              r"collapse)\b(?!s)")
_BROUGHT_TO: Final = re.compile(rf"\b(?:bringing|raising|pushing|taking|brought|raised)\s+the\s+(?:death\s+toll|number\s+of\s+"
                                rf"(?:[\w'-]+\s+){{0,3}}?{_DEAD})\s+(?:in|of|from|by)\s+the\s+(?:[\w'-]+\s+){{0,2}}?{_ONE_EVENT}"
                                r"[^.;]{0,60}?\s+to\s+(?:at\s+least\s+)?\d", re.IGNORECASE)
_DOER_STRUCK: Final = re.compile(rf"\bnumber\s+of\s+(?:[\w'-]+\s+){{0,3}}?{_DEAD}\s+by\s+(?:the\s+)?(?:[\w'-]+\s+){{0,6}}?"
                                 r"(?:that|which)\s+(?:struck|hit|targeted|bombed|shelled)\s+(?:the\s+)?(?:village|town|city|"
                                 r"neighbou?rhood|market|camp)\s+of\b[^.;]*\b(?:risen|rose|rises|climbed|reached|increased)\s+to\b",
                                 re.IGNORECASE)
_STEMS: Final = ("bringing", "raising", "pushing", "taking", "brought", "raised", "number")


def one_event_rise(chunk: str) -> bool:
    """Whether ``chunk`` tells one attack's toll as rising in one of the module's shapes."""
    if not has_any(folded(chunk), _STEMS):
        return False
    return _BROUGHT_TO.search(chunk) is not None or _DOER_STRUCK.search(chunk) is not None
