"""A running count of people with another fate than death ("the number of people displaced ... has risen to N"): no
total of dead (``totals_skips.fate_count``).

Paragraphs written for these tests, judged by the conventions of ../shared/data/sohr/SCHEMA.md. A look-alike: a
count of the dead told in the same way ("the number of civilians killed since ... has risen to 60") stays a total.
"""

from __future__ import annotations

from totals_cases import totals

_OPENING = (
    "Offensive drives thousands from their homes\nShelling killed three civilians in the town of Binnish on Sunday.\n"
)


def test_number_of_people_displaced_risen_to_is_no_total() -> None:
    text = (
        _OPENING
        + "The number of people displaced since the start of the month has risen to more than 180,000, the UN said."
    )
    assert totals(text) == []


def test_number_of_detainees_reached_is_no_total() -> None:
    text = (
        _OPENING + "The number of civilians arrested by the factions since January has reached 240, the monitor said."
    )
    assert totals(text) == []


def test_number_of_civilians_killed_stays_a_total() -> None:
    text = _OPENING + "The number of civilians killed since the start of the month has risen to 60, the monitor said."
    assert totals(text) == [("civilians", 60)]
