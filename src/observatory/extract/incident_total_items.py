"""A line of a list of totals is no incident (round 64).

Period pages break a toll down by side in a list ("The fatalities are as follows:", then "- Ten civilians, including
three children: four were killed by ..., three were shot dead ...", "- Two members of Turkish-backed factions, killed by
sniper fire on the frontlines of Al-Bab."). Each such line opens with its figure and the group it counts; the totals
builder reads it as a period total of its side. The same line read as an incident as well would count those dead twice.
A list item that opens with its dead, undated, whose every figure of the dead the report also counts as a total of the
same side, under a header of a period longer than a day ("during the three days of the feast", "between 13 and 20
January", "since July 29"), is a line of the totals and no incident. Under a day's toll ("on Saturday", "in the past 24
hours") each line is one of the day's events as well, and a list item that opens with its event ("- Russian jets
struck X, killing four") or names its day stays an incident. (tests/test_extract_round64_readings.py)

The report's title over such a list ("A month after the earthquake | 16 dead in regime, Russian and factions' attacks
on the de-escalation zone", over "87 attacks ..., which left 16 people dead, as follows:") is no incident either: its
dead are the total's, and it names no town and no day (round 69).
"""

from __future__ import annotations

import re

from observatory.extract.dates import MONTH_NAMES
from observatory.extract.drafts import Draft
from observatory.extract.incident_headline import headline
from observatory.extract.incident_title_totals import Figure, told_as_total
from observatory.extract.mention_sides import KILLED
from observatory.extract.text import LIST_MARK, list_header

#: A list item's marker on one line (``text.LIST_MARK``, the sentence splitter's own).
_MARK = r"[ \t]*" + LIST_MARK + r"[ \t]+"
#: A list item's marker and, before its first figure, at most a qualifier ("- At least 12 civilians", "• Two members").
_ITEM_OPENING = re.compile(_MARK + r"(?:(?:at\s+least|about|around|some|nearly|over|more\s+than)\s+)?$", re.IGNORECASE)


#: A header of one day's toll: "on Saturday, 9 October", "on March 3, 2024", "in the past 24 hours", "today".
_ONE_DAY = re.compile(r"\b(?:(?:past|last)\s+24\s+hours|today|yesterday|(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day\b(?!s)|"
                      r"on\s+(?:the\s+)?(?:\d{1,2}(?:st|nd|rd|th)?\s+(?:of\s+)?(?:" + MONTH_NAMES + r")|(?:" + MONTH_NAMES + r")\s+\d{1,2}\b))",
                      re.IGNORECASE)


#: A header of a period, whatever day it names: "since the escalation started on July 29", "between 13 and 20 January".
_PERIOD = re.compile(r"\b(?:since|between|during|throughout|from\s+[^.;]{0,40}?\b(?:to|until|till))\b", re.IGNORECASE)


def _one_day(header: str) -> bool:
    """Whether a list's header tells one day's toll (and no period)."""
    return _ONE_DAY.search(header) is not None and _PERIOD.search(header) is None


def total_item(draft: Draft, work: str, in_totals: set[Figure]) -> bool:
    """Whether the draft is a line of a list of totals by side, opening with its dead, all counted as totals (or the
    report's title over such a list: ``_title_of_total``)."""
    dead = [m for (role, _), (m, _) in draft.counts.items() if role == KILLED]
    if draft.date is not None or not dead or any(role != KILLED for role, _ in draft.counts):
        return False
    if _title_of_total(draft, work) and all(told_as_total(m.value, m.side, in_totals) for m in dead):
        return True
    line_start = work.rfind("\n", 0, draft.start) + 1
    first = min(m.quantity.start for m in dead)
    if work.find("\n", line_start, first) != -1 or not _ITEM_OPENING.match(work[line_start:first]):
        return False
    return all((m.value, m.side) in in_totals for m in dead) and not _one_day(list_header(work, line_start))


def _title_of_total(draft: Draft, work: str) -> bool:
    """The draft is the report's first line, a title (``incident_headline.headline``), naming no time and no town."""
    return draft.first_sentence == 0 and draft.start == len(work) - len(work.lstrip()) and headline(draft, work) \
        and not draft.timed and all(p.governorate for p in draft.places)
