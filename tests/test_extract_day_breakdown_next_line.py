"""Incidents: a daily roundup's total that names one full day dates its lines when the announcement of the breakdown
closes its line as "Details:", or stands alone in the line after it ("The dead of the day were set out as follows:",
"They fell in the following provinces:"); a bare "They are:" and a line that only mentions details keep the lines
undated, and so does an announcement that comes later than the next line.

Every sentence here was written for these tests; none is taken from an evaluation set.
"""

from __future__ import annotations

from datetime import date

from contract_rows import contract

_TITLE = "Daily tally | Two people killed on Wednesday\n\n"
_LINES = ("Civilians (2):\n"
          "- A grocer was shot dead by two masked men on a motorbike outside his shop in Jasim, a town "
          "north of Daraa.\n"
          "- A boy lost his life when a leftover shell went off near a well outside the village of Tell Tamr in the "
          "countryside of Hasakah.\n")
_TOTAL = "The monitor has counted two deaths across the country on Wednesday, March 12, 2025"


def _dates(text: str) -> list[str | None]:
    return [i.get("date") for i in contract(_TITLE + text + _LINES, date(2025, 3, 13))["incidents"]]


def test_details_closing_the_totals_line_dates_every_line() -> None:
    assert _dates(_TOTAL + ": one civilian and one child. Details:\n") == ["2025-03-12", "2025-03-12"]


def test_the_announcement_may_stand_in_the_next_line() -> None:
    text = _TOTAL + ".\nThe dead of the day were set out as follows:\n"
    assert _dates(text) == ["2025-03-12", "2025-03-12"]


def test_a_breakdown_by_province_announced_in_the_next_line() -> None:
    text = _TOTAL + ".\nThey fell in the following provinces:\n"
    assert _dates(text) == ["2025-03-12", "2025-03-12"]


def test_a_bare_they_are_keeps_the_lines_undated() -> None:
    assert _dates(_TOTAL + ". They are:\n") == [None, None]


def test_details_without_a_colon_announce_nothing() -> None:
    text = _TOTAL + ".\nNo further details were given by the medical sources in either town.\n"
    assert _dates(text) == [None, None]


def test_an_announcement_two_lines_below_the_total_is_not_the_days() -> None:
    text = _TOTAL + ".\nThe regime has not commented on either killing.\nThe dead of the day were set out as follows:\n"
    assert _dates(text) == [None, None]


def test_a_next_line_listing_an_earlier_weeks_dead_is_not_the_days() -> None:
    text = _TOTAL + ".\nThe dead of last week were the following persons:\n"
    assert _dates(text) == [None, None]
