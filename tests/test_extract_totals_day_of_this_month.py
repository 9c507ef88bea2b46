"""A day of the month named by its number ("on the 12th of this month", "On the first day of this month", "on the 5th of
last month") dates one event: its toll is no period total (``totals_sentences.POINT_IN_TIME``).

Sentences written for these tests, judged by ../shared/data/sohr/SCHEMA.md (an incident is one event the text dates).
Look-alikes that stay totals: a count since the beginning of the month, or since a day of it.
"""

from __future__ import annotations

import pytest

from totals_cases import totals

ONE_DAY = [
    "The monitor documented, on the 5th of last month, the deaths of six members of the Iraqi militias in drone strikes "
    "on a house near the border.",
    "On the first day of this month, gunmen shot dead two members of the local police in the town of Jasim.",
]

STILL_TOTALS = [
    ("SOHR has documented the deaths of 41 people in the province since the beginning of this month.", [("unknown", 41)]),
    ("Since the 3rd of this month, the monitor has documented the deaths of 17 people in clan clashes.", [("unknown", 17)]),
]


@pytest.mark.parametrize("sentence", ONE_DAY)
def test_day_of_the_month_dates_one_event(sentence: str) -> None:
    assert totals(sentence) == []


@pytest.mark.parametrize(("sentence", "expected"), STILL_TOTALS)
def test_counts_over_the_month_stay_totals(sentence: str, expected: list[tuple[str, int]]) -> None:
    assert sorted(totals(sentence)) == expected
