"""An "including" list that runs on past a total's parts into the next lines of the block.

"N regime soldiers, including two Russians and 90 non-Syrian militiamen, 300 ISIS members and 60 civilians": the ISIS
members are a line of their own, not part of the regime total, whatever the casualty reading linked them to; parts the
whole can hold (Russians, Iranian-backed militiamen of a regime total; anyone of a figure of people or of no noun) stay
parts. Paragraphs written for these tests, judged by ../shared/data/sohr/SCHEMA.md.
"""

from __future__ import annotations

import pytest

from totals_cases import full, totals

RUN_ON = [
    ("Thereby, the number of people killed in the Badia since 24 March 2019 rises to 1,215. They are 780 soldiers of "
     "the regime and loyal militiamen, including at least three Russians and 95 Iranian-backed militiamen of "
     "non-Syrian nationalities, 350 ISIS members, and 85 civilians, including shepherds.",
     [("civilians", 85), ("isis", 350), ("regime", 780)]),
    ("Since the beginning of 2021, the monitor has recorded the deaths of 320 regime soldiers and militiamen in the "
     "Badia, including 41 non-Syrians, 150 ISIS fighters and 28 civilians.",
     [("civilians", 28), ("isis", 150), ("regime", 320)]),
]

KEPT_PARTS = [
    # a regime total holds its Russians and foreign militiamen
    ("Since 24 March 2019, the monitor has counted 900 regime soldiers and loyalists killed in the desert, including two "
     "Russians and 120 Iranian-backed militiamen of non-Syrian nationalities.",
     [("regime", 900, "2019-03-24", None, {"pro_iran_foreign": 120, "russia": 2})]),
]

PEOPLE_WHOLES = [
    # a figure of no noun, its side guessed from the areas: its parts are the lines
    ("Thereby, the number of people killed by ISIS cells in SDF-held areas since early 2022 rises to 60: 25 civilians, "
     "including two children, and 35 members of the SDF and Asayish.", [("civilians", 25), ("sdf", 35)]),
]


@pytest.mark.parametrize(("text", "expected"), RUN_ON)
def test_items_of_other_sides_are_lines(text: str, expected: list[tuple[str, int]]) -> None:
    assert sorted(totals(text)) == expected


@pytest.mark.parametrize(("text", "expected"), KEPT_PARTS)
def test_parts_the_whole_holds_stay_parts(text: str, expected: list[object]) -> None:
    assert full(text) == expected


@pytest.mark.parametrize(("text", "expected"), PEOPLE_WHOLES)
def test_wholes_of_people_keep_their_lines(text: str, expected: list[tuple[str, int]]) -> None:
    assert sorted(totals(text)) == expected
