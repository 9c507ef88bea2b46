"""A list header ending "... the deaths of:" that refers back to a period told before it (``totals_deaths_header``).

Paragraphs written for these tests, judged by the conventions of ../shared/data/sohr/SCHEMA.md: the lines under such a
header are totals of the period the sentences before it name. A look-alike: the same header after the account of one
raid, with no period anywhere, adds no total.
"""

from __future__ import annotations

from totals_cases import totals

_LINES = (
    "- 40 members of regime forces, including five officers.\n"
    "- 22 Iranian-backed militiamen of non-Syrian nationalities.\n"
    "- 9 civilians, including a child.\n"
)


def test_strikes_counted_over_a_year_then_their_dead() -> None:
    text = (
        "Monitor: 60 foreign strikes on Syria in 2022\n"
        "The monitor said foreign aircraft struck Syrian territory 60 times during 2022, destroying about 150 targets.\n"
        "Hama accounted for 20 of the attacks.\n"
        "According to the monitor, the strikes resulted in the deaths of:\n" + _LINES
    )
    assert sorted(totals(text)) == [("civilians", 9), ("pro_iran_foreign", 22), ("regime", 40)]


def test_month_named_before_then_during_the_month() -> None:
    text = (
        "Desert toll\nSOHR: In May 2021, ISIS cells kept up their attacks in the desert. SOHR documented during the month "
        "the death of:\n" + _LINES
    )
    assert sorted(totals(text)) == [("civilians", 9), ("pro_iran_foreign", 22), ("regime", 40)]


def test_one_raid_then_the_deaths_of_adds_no_total() -> None:
    text = (
        "Airstrike hits convoy\nWarplanes struck a convoy near Palmyra at dawn on Monday. The raid led to the deaths of:\n"
        "- 4 members of regime forces.\n- 2 civilians.\n"
    )
    assert totals(text) == []
