"""Figures that leave an incident as a period's or a day's count are totals (used by ``totals.TotalsBuilder``).

``incident_window_tolls`` drops from the incident a figure told over a calendar period with a count of events ("Turkish
drones carried out 96 strikes ... in 2022, killing 87 people": ``incident_calendar_tolls``) or over a span of hours
spread across provinces ("Turkish drones have been striking regime positions in the countrysides of Idlib and Aleppo
since late last night, killing 16 soldiers": ``incident_spread_hours``). Such a sentence is a total of its own, with
the period it names; a day's bombardment of one place ("shelled the town since dawn, killing 3") is not one of them
and stays the incident's.
"""

from __future__ import annotations

from observatory.extract.incident_calendar_tolls import calendar_sentence
from observatory.extract.incident_spread_hours import SINCE_HOURS, spread_hours_toll
from observatory.extract.numbers import find_quantities
from observatory.extract.text import Sentence
from observatory.extract.totals_lines import BREAKDOWN_OPENING


def window_figure_total(work: str, start: int, end: int) -> bool:
    """The sentence work[start:end] counts the dead of a calendar period's events or of a day over provinces."""
    return calendar_sentence(work, start, end) or spread_hours_toll(work, start, end, _last_figure(work, start, end))


def _last_figure(work: str, start: int, end: int) -> int | None:
    """Where the sentence's last figure starts (a hit told after the provinces with its own toll keeps it: "...
    since dawn, and a rocket hit a house in X, killing a woman": ``incident_spread_hours``)."""
    found = find_quantities(work[start:end], start)
    return found[-1].start if found else None


def breakdown_follows(work: str, end: int) -> bool:
    """The sentence after ``end`` lists the dead of the figure before by side ("The fatalities are: 18 members of the
    SDF, ...", "According to the monitor, the dead were:"): an overall figure of people gives its parts, not itself."""
    return BREAKDOWN_OPENING.match(work, end) is not None


def spread_day(work: str, sent: Sentence) -> bool:
    """A sentence of totals only for the toll of a day's strikes or shelling over provinces, told as the act first
    ("Turkish forces shelled the countrysides of Idlib and Aleppo since dawn today, killing 20 soldiers"): the act is
    an incident without the toll. Not where a figure comes before the span ("carried out 24 airstrikes ... since
    this morning", "documented the deaths of 31 people in the strikes ... since dawn"): a tally, no one act."""
    if not spread_hours_toll(work, sent.start, sent.end, _last_figure(work, sent.start, sent.end)):
        return False
    span = SINCE_HOURS.search(work, sent.start, sent.end)
    return span is not None and not find_quantities(work[sent.start:span.start()])
