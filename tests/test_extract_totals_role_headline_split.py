"""A headline of a role of no group split by lines of several sides.

"... and killed 31 military personnel, as follows: 12 Iranian-backed militiamen, eight Hezbollah members and 11 regime
soldiers": the lines add up to the headline and name two sides or more, so the headline (read as of the regime from its
role word) is no total of its own; the lines are. Look-alikes: lines of one side, lines that do not add up.
Paragraphs written for these tests, judged by ../shared/data/sohr/SCHEMA.md.
"""

from __future__ import annotations

import pytest

from totals_cases import totals

SPLIT = [
    ("Since the beginning of 2022, Israeli strikes on Syrian territory have killed 31 military personnel, as follows:\n"
     "- 12 Iranian-backed militiamen of non-Syrian nationalities.\n- 8 members of Lebanese Hezbollah.\n"
     "- 11 regime soldiers.", [("pro_iran_foreign", 8), ("pro_iran_foreign", 12), ("regime", 11)]),
    ("In 2023, SOHR documented the deaths of 33 servicemen in Israeli attacks on Syria, as follows:\n"
     "- 20 regime soldiers.\n- 13 Hezbollah members.", [("pro_iran_foreign", 13), ("regime", 20)]),
]

KEPT = [
    # lines that do not add up to the headline: the headline stays
    ("Since the beginning of 2022, Israeli strikes on Syrian territory have killed 45 military personnel, including:\n"
     "- 12 Iranian-backed militiamen of non-Syrian nationalities.\n- 11 regime soldiers.",
     [("pro_iran_foreign", 12), ("regime", 11), ("regime", 45)]),
]


@pytest.mark.parametrize(("text", "expected"), SPLIT)
def test_split_role_headline_is_no_total(text: str, expected: list[tuple[str, int]]) -> None:
    assert sorted(totals(text)) == expected


@pytest.mark.parametrize(("text", "expected"), KEPT)
def test_headline_not_added_up_stays(text: str, expected: list[tuple[str, int]]) -> None:
    assert sorted(totals(text)) == expected
