"""One event told with "last month" or "last week" is no period total.

* the event is named by its device ("when an explosive device went off", "a bomb planted in their car");
* the toll is a relative clause of the event told just before it ("a similar clash last month, which left ...").

Look-alikes that stay totals: a monitor's count of the month, several events of the month, a relative clause of
plural events. Sentences written for these tests, judged by ../shared/data/sohr/SCHEMA.md.
"""

from __future__ import annotations

import pytest

from observatory.extract.totals_sentences import is_period_total

ONE_EVENT = [
    "Last month, three fighters of a local group were killed when an explosive device went off near their vehicle in "
    "the western countryside, the monitor said.",
    "The village saw a similar skirmish last month, which left five gunmen of the two clans dead before elders "
    "brokered a truce.",
]

#: Already read as one event before the fix: must not change.
ALREADY_ONE_EVENT = [
    "Last week, two policemen died when an improvised explosive device detonated beside their patrol, according to "
    "local sources.",
    "Residents recalled an ambush on the same road last month that killed four soldiers of the Fourth Division.",
]

STILL_TOTALS = [
    "SOHR documented the deaths of 52 people in the province last month, among them a boy killed by an explosive "
    "device.",
    "Clashes between the two clans last month, which left 14 people dead, ended with a truce.",
    "Last month, explosive devices and gunmen killed 31 people across the governorate, the monitor said.",
]


@pytest.mark.parametrize("sentence", ONE_EVENT)
def test_one_event_of_last_month_is_no_total(sentence: str) -> None:
    assert not is_period_total(sentence)


@pytest.mark.parametrize("sentence", ALREADY_ONE_EVENT)
def test_events_named_before_stay_events(sentence: str) -> None:
    assert not is_period_total(sentence)


@pytest.mark.parametrize("sentence", STILL_TOTALS)
def test_counts_of_the_month_stay_totals(sentence: str) -> None:
    assert is_period_total(sentence)
