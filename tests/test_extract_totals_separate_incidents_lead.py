"""A lead that sums the separate incidents told after it, with no period.

"Five people were killed in three separate incidents in Idlib province." followed by each incident: the lead only sums
the incidents told one by one, so it is neither incident nor total (the brief's convention). A toll "in separate
incidents" over a period ("since early 2023", "this year") stays a total. Paragraphs written for these tests, judged by
../shared/data/sohr/SCHEMA.md.
"""

from __future__ import annotations

import pytest

from totals_cases import totals

LEADS = [
    "Five people lost their lives in three separate incidents in Idlib province.\n\nIn Sarmada, gunmen shot dead a "
    "money changer. Later, a landmine killed three shepherds near Maarat al-Nasan, and a man died in a knife fight in "
    "Idlib city.",
]

#: Read so before the fix (must not change).
ALREADY = [
    "Three persons were killed in two separate shootings in the countryside of Daraa.\n\nGunmen killed a former fighter "
    "in Nawa, while two brothers were shot dead near Jasim.",
]

PERIODS = [
    ("Since early 2023, 44 people have been killed in separate incidents across the province, the monitor said.",
     [("unknown", 44)]),
]


@pytest.mark.parametrize("text", LEADS + ALREADY)
def test_lead_of_separate_incidents_is_no_total(text: str) -> None:
    assert totals(text) == []


@pytest.mark.parametrize(("text", "expected"), PERIODS)
def test_separate_incidents_of_a_period_stay_a_total(text: str, expected: list[tuple[str, int]]) -> None:
    assert sorted(totals(text)) == expected
