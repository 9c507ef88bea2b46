"""A toll counted "since the beginning of the fighting yesterday" covers a window of fighting that opened the day
before: a total, as "since yesterday" is, not the toll of one day's event.

Look-alike: a toll of one day ("in the fighting yesterday") stays with its event.
Sentences written for these tests.
"""

from __future__ import annotations

from totals_cases import totals


def test_window_of_fighting_since_yesterday() -> None:
    text = (
        "Clashes broke out yesterday between ISIS cells and regime forces in the desert near Al-Sukhnah. "
        "The monitor has documented the death of five regime soldiers and three ISIS members since the beginning "
        "of the fighting yesterday."
    )
    found = totals(text)
    assert ("regime", 5) in found
    assert ("isis", 3) in found


def test_one_day_of_fighting_is_no_total() -> None:
    text = (
        "Clashes broke out yesterday between ISIS cells and regime forces in the desert near Al-Sukhnah. "
        "Five regime soldiers and three ISIS members were killed in the fighting yesterday."
    )
    assert totals(text) == []
