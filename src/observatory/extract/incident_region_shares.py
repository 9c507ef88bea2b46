"""A region's share of a tally that leaks into an incident's dead.

"The Kobani region was the hardest hit, with 23 people killed there", "The deserts of Hama and Homs were the deadliest
for civilians, with 31 and 22 deaths respectively", "The Hama desert was the deadliest, with 17 civilian fatalities,
followed by the Homs desert with nine", "The Deir Ezzor desert saw the largest share of regime fatalities, with 71 dead,
while 38 were killed in the Homs desert", "The desert of Homs topped the list with 11 dead"
(tests/test_extract_incident_region_ranked.py; not "December was the deadliest month"), "Most of the civilian deaths
occurred around Manbij, with 31 civilians killed", "Most of the operations took place in the eastern countryside, where
16 civilians were killed": the figure ranks a place within a tally of many events (a regional sub-total, SCHEMA), never
one incident's toll. The deadliest one event ("the deadliest attack hit the market, killing 23") is no place's share and
keeps its figure, and so is the worst-hit village of one day's bombardment ("Regime forces shelled several villages
today. Kansafra was the worst hit, with four civilians killed there"): the toll of that day's one incident, not a share
of a period's tally.
"""

from __future__ import annotations

import re

from observatory.extract.dates import MONTH_NAMES

#: The ranking of a place, then ", with N" / ", where N" before the figure, or before an earlier figure of the sentence
#: (the ranking's other places: "..., followed by the Homs desert with nine", "..., while 38 were killed in the Homs
#: desert").
_RANKED_PLACE = re.compile(r"\b(?:(?:was|were)\s+the\s+(?:hardest[- ]hit|worst[- ]hit|deadliest(?:\s+for\s+[\w-]+)?|bloodiest|most\s+affected)"
                           r"(?!\s+(?:month|day|week|year|period|time)s?\b)|"  # ("December was the deadliest month": a time, no place)
                           r"(?:saw|had|recorded|witnessed|registered|accounted\s+for)\s+the\s+(?:largest|biggest|highest|greatest|lion's)\s+"
                           r"(?:share|number|toll|portion|proportion)\b|"
                           r"most\s+of\s+the\s+(?:[\w-]+\s+)?(?:deaths|dead|victims|fatalities|operations|attacks|strikes)\b[^.;]{0,120}?"
                           r"\b(?:occurred|took\s+place|were\s+recorded|were\s+documented))\b[^.;]{0,80}?,\s+(?:with|where)\s+|"
                           # ("The desert of Homs topped the list with 11 dead, ..."; not "with 44 strikes": a count of events)
                           r"\b(?:topped|tops|topping|headed|heads|heading)\s+the\s+(?:list|tally|toll|ranking)\s+with\s+"
                           r"(?!(?:\w+\s+){1,2}?(?:strikes|attacks|raids|operations|incidents|explosions)\b)", re.IGNORECASE)


#: One day's event told in the sentence or the one before: "today", "this morning", "on Monday".
_ONE_DAY = re.compile(r"\b(?:today|tonight|this\s+(?:morning|afternoon|evening)|yesterday|"
                      r"on\s+(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day)\b", re.IGNORECASE)


#: A figure placed in a region, as a ranking's lines place theirs: "killed in the desert of Hama", "lost their lives in
#: the Raqqa desert", "in the countryside of Homs".
_REGION_PLACED = re.compile(r"[^.;\n]{0,90}?\bin\s+the\s+(?:(?:deserts?|countryside|province|region|badia)\s+of\b|"
                            r"[\w'-]+(?:\s+[\w'-]+)?\s+(?:deserts?|countryside|province|region)\b)", re.IGNORECASE)
#: A day or a date of its own in the sentence: one event's toll ("On October 24, a roadside bomb ...").
_DATED = re.compile(r"\b(?:on|since)\s+(?:the\s+)?(?:\d|(?:" + MONTH_NAMES + r")\b)", re.IGNORECASE)


def region_share(work: str, head: int, start: int) -> bool:
    """The figure at ``start`` (its sentence from ``head``) is a ranked place's share of a tally; or the ranking goes on
    in the next sentence ("... followed by the Deir ez-Zor desert with nine. Five soldiers were killed in the desert of
    Hama, while three ... lost their lives in the desert of al-Rasafa"): a figure placed in a region, in a sentence with
    no day or date of its own, right after a ranking's sentence."""
    before = max(work.rfind(".", 0, max(0, head - 2)), work.rfind("\n", 0, max(0, head - 2))) + 1
    if _RANKED_PLACE.search(work, head, start) is None:
        return (_RANKED_PLACE.search(work, before, head) is not None and _REGION_PLACED.match(work, start) is not None
                and _ONE_DAY.search(work, before, start) is None and _DATED.search(work, head, start) is None)
    return _ONE_DAY.search(work, before, start) is None
