"""Incidents: a sentence that opens with a month of a year ("In May 2021, ...") and tells an event with no toll of its
own is one earlier event, not talk of a past year; a year told as the start of a period is not such an opening.

Every sentence here was written for these tests; none is taken from an evaluation set.
"""

from __future__ import annotations

from contract_rows import contract


def test_month_of_a_year_opening_an_event_without_toll_is_an_incident() -> None:
    text = (
        "An explosion hit an ammunition depot of Iranian-backed militias near the town of Al-Kiswah on Sunday, "
        "killing three members of the militias.\n"
        "In May 2021, a similar explosion hit a warehouse of the militias near the town of Sayyida Zeinab, without "
        "casualties."
    )
    rows = contract(text)["incidents"]
    assert len(rows) == 2


def test_year_as_the_start_of_a_period_is_no_incident() -> None:
    text = (
        "An explosion hit an ammunition depot of Iranian-backed militias near the town of Al-Kiswah on Sunday, "
        "killing three members of the militias.\n"
        "Since the militias took over the area in May 2021, the town has witnessed dozens of explosions."
    )
    rows = contract(text)["incidents"]
    assert len(rows) == 1
