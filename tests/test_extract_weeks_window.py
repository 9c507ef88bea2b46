"""Incidents: a title's toll over weeks or months ("Regime and Russian strikes kill 40 civilians in northwestern Syria
in 3 weeks") is a period's toll, like one over "three days": no incident, and its figure is no incident's.

Every sentence here was written for these tests; none is taken from an evaluation set.
"""

from __future__ import annotations

from contract_rows import contract


def test_title_toll_over_weeks_is_no_incident() -> None:
    text = "World\nRegime and Russian strikes kill 40 civilians in northwestern Syria in 3 weeks: White Helmets\n"
    assert contract(text)["incidents"] == []


def test_title_toll_over_months_is_no_incident() -> None:
    text = "World\nRegime and Russian strikes kill 90 civilians in northwestern Syria in two months: White Helmets\n"
    assert contract(text)["incidents"] == []


def test_a_second_blast_in_three_weeks_is_still_an_event() -> None:
    text = "A car bomb killed four people in the town of Azaz on Sunday, the second such blast in three weeks.\n"
    assert len(contract(text)["incidents"]) == 1
