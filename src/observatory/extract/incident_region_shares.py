"""A region's share of a tally that leaks into an incident's dead.

"The Kobani region was the hardest hit, with 23 people killed there", "The deserts of Hama and Homs were the deadliest
for civilians, with 31 and 22 deaths respectively", "The Hama desert was the deadliest, with 17 civilian fatalities,
followed by the Homs desert with nine", "The Deir Ezzor desert saw the largest share of regime fatalities, with 71 dead,
while 38 were killed in the Homs desert" (tests/test_extract_incident_region_ranked.py; not "December was the deadliest
month"), "Most of the civilian deaths occurred around Manbij, with 31 civilians killed", "Most of the operations took place in the eastern countryside, where 16 civilians were killed":
the figure ranks a place within a tally of many events (a regional sub-total, SCHEMA), never one incident's toll. The
deadliest one event ("the deadliest attack hit the market, killing 23") is no place's share and keeps its figure, and
so is the worst-hit village of one day's bombardment ("Regime forces shelled several villages today. Kansafra was the
worst hit, with four civilians killed there"): the toll of that day's one incident, not a share of a period's tally.
"""

from __future__ import annotations

import re

#: The ranking of a place, then ", with N" / ", where N" before the figure, or before an earlier figure of the sentence
#: (the ranking's other places: "..., followed by the Homs desert with nine", "..., while 38 were killed in the Homs
#: desert").
_RANKED_PLACE = re.compile(r"\b(?:(?:was|were)\s+the\s+(?:hardest[- ]hit|worst[- ]hit|deadliest(?:\s+for\s+[\w-]+)?|bloodiest|most\s+affected)"
                           r"(?!\s+(?:month|day|week|year|period|time)s?\b)|"  # ("December was the deadliest month": a time, no place)
                           r"(?:saw|had|recorded|witnessed|registered|accounted\s+for)\s+the\s+(?:largest|biggest|highest|greatest|lion's)\s+"
                           r"(?:share|number|toll|portion|proportion)\b|"
                           r"most\s+of\s+the\s+(?:[\w-]+\s+)?(?:deaths|dead|victims|fatalities|operations|attacks|strikes)\b[^.;]{0,120}?"
                           r"\b(?:occurred|took\s+place|were\s+recorded|were\s+documented))\b[^.;]{0,80}?,\s+(?:with|where)\s+", re.IGNORECASE)


#: One day's event told in the sentence or the one before: "today", "this morning", "on Monday".
_ONE_DAY = re.compile(r"\b(?:today|tonight|this\s+(?:morning|afternoon|evening)|yesterday|"
                      r"on\s+(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day)\b", re.IGNORECASE)


def region_share(work: str, head: int, start: int) -> bool:
    """The figure at ``start`` (its sentence from ``head``) is a ranked place's share of a tally."""
    if _RANKED_PLACE.search(work, head, start) is None:
        return False
    before = max(work.rfind(".", 0, max(0, head - 2)), work.rfind("\n", 0, max(0, head - 2))) + 1
    return _ONE_DAY.search(work, before, start) is None
