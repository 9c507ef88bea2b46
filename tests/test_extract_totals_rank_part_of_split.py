"""A running toll of people split exactly by side, where one part is told with a rank beside its members ("..., 17 regime
soldiers and officers, ...", "12 members and commanders of the SDF"), gives that part as a total of its side too
(``totals_parts.promote_parts``): the rank names who the part is, not a subset of the whole.

Sentences written for these tests, judged by ../shared/data/sohr/SCHEMA.md (an overall figure broken down by side gives
its parts). Look-alikes: officers among a side's own figure, and examples that fall short of the whole ("including
four officers"), keep the whole as one total.
"""

from __future__ import annotations

from totals_cases import totals


def test_soldiers_and_officers_part_of_an_exact_split() -> None:
    assert sorted(totals("Thus, the number of people killed by drone strikes in the region since early 2023 has risen to "
                         "40, they are: 9 members of Hezbollah, 17 regime soldiers and officers, and 14 civilians.")) == [
        ("civilians", 14), ("pro_iran_foreign", 9), ("regime", 17)]


def test_members_and_commanders_part_after_semicolons() -> None:
    assert sorted(totals("The toll of people killed since the fighting broke out on 2 May has risen to 30, they are: 12 "
                         "members and commanders of the SDF; 11 ISIS members; and 7 civilians.")) == [
        ("civilians", 7), ("isis", 11), ("sdf", 12)]


def test_officers_short_of_the_whole_stay_examples() -> None:
    assert sorted(totals("The monitor said that 25 people had been killed in the province since early 2023, including "
                         "four officers of regime forces.")) == [("unknown", 25)]


def test_officers_of_a_side_total_stay_inside_it() -> None:
    assert sorted(totals("The number of regime soldiers killed in the desert since early 2023 has risen to 75, including "
                         "six officers.")) == [("regime", 75)]
