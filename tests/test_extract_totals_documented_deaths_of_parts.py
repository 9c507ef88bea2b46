"""A monitor's count of the dead right after a running total, told only as parts ("SOHR has also documented the deaths
of four civilians working in gas fields and 11 shepherds in the same areas"): every figure is dead, so the parts sum to
one total of civilians.

Paragraphs written for these tests, judged by the conventions of ../shared/data/sohr/SCHEMA.md.
"""

from __future__ import annotations

import pytest

from totals_cases import totals

_RUNNING = "With these losses, the number of soldiers and NDF militiamen killed in the Badia since 24 March 2019 rises to 1,450. "

COUNTED = [
    (_RUNNING + "The monitor has also recorded the deaths of three civilians working in oil fields and 14 herders in the "
     "same period.", [("civilians", 17), ("regime", 1450)]),
    (_RUNNING + "SOHR also documented the death of two civilians employed at phosphate mines and six shepherds over the "
     "same period, while 1,020 ISIS members were killed.", [("civilians", 8), ("isis", 1020), ("regime", 1450)]),
]


@pytest.mark.parametrize(("text", "expected"), COUNTED)
def test_documented_deaths_told_as_parts_sum(text: str, expected: list[tuple[str, int]]) -> None:
    assert sorted(totals(text)) == expected


def test_parts_with_wounded_are_left_alone() -> None:
    text = _RUNNING + "The monitor has also recorded the deaths of three civilians working in oil fields and 14 herders wounded."
    assert ("civilians", 17) not in totals(text)


def test_parts_named_without_a_counting_verb_are_unchanged() -> None:
    text = _RUNNING + "Three civilians working in oil fields and 14 herders were killed over the same period."
    assert sorted(totals(text)) == [("civilians", 17), ("regime", 1450)]
