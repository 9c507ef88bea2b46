"""Civilians given only as parts, the running total told after another side's own: "... has risen to 1,300 regime
soldiers, including 120 non-Syrian militiamen, in addition to five civilians working in oil fields and 16 herders" is
one civilian total of 21 (the parts of the soldiers' figure told before do not stop the sum); "three oil workers and 17
herders, in addition to 8 other civilians" is one of 28 ("other" civilians: the same total going on). Look-alike:
people that are not "other" ones after "in addition to" stay a total of their own.

Sentences written for these tests.
"""

from __future__ import annotations

from totals_cases import totals


def test_parts_after_another_sides_whole_with_its_own_parts() -> None:
    found = totals(
        "Since the 1st of April 2019, the number of regime soldiers killed in the desert has risen to 1,300, including "
        "120 non-Syrian militiamen, in addition to five civilians working in oil fields and 16 herders."
    )
    assert ("civilians", 21) in found
    assert ("civilians", 5) not in found


def test_other_civilians_added_to_the_parts() -> None:
    found = totals(
        "The monitor has also documented the deaths of three civilians working in oil fields and 17 herders, in "
        "addition to 8 other civilians, in attacks in the desert since the 1st of April 2019."
    )
    assert ("civilians", 28) in found


def test_people_that_are_not_others_stay_apart() -> None:
    found = totals(
        "The monitor has documented the deaths of 40 civilians since the 1st of April 2019, in addition to "
        "12 people killed by landmines."
    )
    assert ("civilians", 52) not in found
    assert ("unknown", 52) not in found
