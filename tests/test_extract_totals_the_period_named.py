"""A toll over the period a roundup is about, or over several days, named by "the".

"ISIS lost nine members during the month, six of them in Russian airstrikes" (a side's losses), "Turkish drones killed
nine SDF fighters over the three days": tolls of several events over a period, so totals. The share "six of them" stays a part of the
whole, whoever killed them. Look-alikes: one event told with the period ("A mortar shell killed two children during
the week"), a compound ("during the week-long truce"). Sentences written for these tests, judged by
../shared/data/sohr/SCHEMA.md.
"""

from __future__ import annotations

import pytest

from totals_cases import totals

PERIODS = [
    ("In other news, HTS lost 14 fighters during the month, nine of them in regime shelling and five in clashes.",
     [("hts_rebels", 14)]),
    ("The SDF also lost 23 fighters over the four days, the monitor said.", [("sdf", 23)]),
    ("Russian airstrikes killed 31 ISIS members in the desert over the five days.", [("isis", 31)]),
]

EVENTS = [
    "A mortar shell killed two children in the town during the week.",
    "Gunmen shot dead a former fighter near his home during the week-long truce.",
]


@pytest.mark.parametrize(("text", "expected"), PERIODS)
def test_toll_over_the_named_period_is_a_total(text: str, expected: list[tuple[str, int]]) -> None:
    assert sorted(totals(text)) == expected


@pytest.mark.parametrize("text", EVENTS)
def test_one_event_in_the_period_is_not(text: str) -> None:
    assert totals(text) == []
