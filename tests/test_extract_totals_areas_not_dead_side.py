"""A monitor's count of deaths in a side's areas is not of that side.

"SOHR has documented 47 fatalities in clan fighting in SDF-held areas, including nine women and five children": the
areas' side is not the dead's, and kinds of people after "including" name no side: people of no side (``unknown``).
Look-alikes: a side named after "including" ("including six SDF members") keeps the reading before. Paragraphs
written for these tests, judged by ../shared/data/sohr/SCHEMA.md.
"""

from __future__ import annotations

import pytest

from totals_cases import totals

AREAS = [
    ("Since the beginning of 2022, SOHR has documented 58 fatalities in clan feuds and family quarrels in SDF-held areas, "
     "including six women and eight children.", [("unknown", 58)]),
    ("Since early 2024, the monitor has recorded 36 deaths in tribal fighting in areas controlled by the SDF, including "
     "seven children.", [("unknown", 36)]),
]

UNCHANGED = [
    ("Since the beginning of 2022, SOHR has documented 58 fatalities in clan feuds in SDF-held areas, including six SDF "
     "members.", [("sdf", 58)]),
]


@pytest.mark.parametrize(("text", "expected"), AREAS)
def test_deaths_in_a_sides_areas_are_of_no_side(text: str, expected: list[tuple[str, int]]) -> None:
    assert sorted(totals(text)) == expected


@pytest.mark.parametrize(("text", "expected"), UNCHANGED)
def test_a_side_named_after_including_is_kept(text: str, expected: list[tuple[str, int]]) -> None:
    assert sorted(totals(text)) == expected
