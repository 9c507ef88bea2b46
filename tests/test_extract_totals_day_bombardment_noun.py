"""A toll of one day's bombardment of a place, told by its noun ("in airstrikes carried out by Russian warplanes on the
town of X since this morning", "the toll of the shelling by regime forces on X since dawn"), is that bombardment's: an
incident, no total (``totals_raids.day_bombardment_toll``).

Sentences written for these tests, judged by ../shared/data/sohr/SCHEMA.md (one same-day bombardment by one
perpetrator with one toll is an incident; "12 ISIS dead in 55 airstrikes since this morning" is a total). Look-alikes
that stay totals: strikes counted ("in 40 airstrikes", "dozens of airstrikes").
"""

from __future__ import annotations

import pytest

from totals_cases import totals

ONE_BOMBARDMENT = [
    "SOHR has documented the deaths of 11 civilians, including three children, in airstrikes carried out by Russian "
    "warplanes on the town of Kafranbel since this morning.",
    "The toll of the air strikes conducted since the early hours of today by regime warplanes on the neighbourhoods of "
    "Ariha has risen to 16 civilians, after rescuers recovered more bodies.",
    "The death toll of the shelling by regime forces on Maarat al-Numan since dawn has risen to 7 civilians.",
]

COUNTED = [
    ("SOHR has documented the deaths of 12 ISIS members in 40 airstrikes carried out by coalition warplanes on the town "
     "since this morning.", [("isis", 12)]),
    ("Regime warplanes have carried out dozens of airstrikes on the southern countryside of Idlib since dawn today, "
     "killing 9 civilians.", [("civilians", 9)]),
]


@pytest.mark.parametrize("sentence", ONE_BOMBARDMENT)
def test_one_day_bombardment_by_noun_is_no_total(sentence: str) -> None:
    assert totals(sentence) == []


@pytest.mark.parametrize(("sentence", "expected"), COUNTED)
def test_counted_strikes_stay_totals(sentence: str, expected: list[tuple[str, int]]) -> None:
    assert totals(sentence) == expected
