"""Incidents: a report whose title names a half year or "<year> annual toll", or whose first line is a title split by
a bar even when it ends on a quote ('2021 in Hama | Gunmen behind most of 200 deaths in the year of the "truce"'), is a
period report: an event it names with no day of its own is one of the ways its dead died, no incident.

Every sentence here was written for these tests; none is taken from an evaluation set.
"""

from __future__ import annotations

from contract_rows import contract

_BODY = (
    "\nThe monitor documented 200 deaths in the province during the year, as follows:\n"
    "Civilians: 90\nRegime soldiers: 110\n"
    "The fighting against the cells, which began in Talbiseh in March and spread to Al-Rastan in May, led to the "
    "killing of several of their leaders, according to local sources.\n"
)


def _count(title: str) -> int:
    return len(contract(title + _BODY)["incidents"])


def test_year_in_title_ending_on_a_quote() -> None:
    assert _count('2021 in Homs | Gunmen behind most of 200 deaths in the year of the "truce"') == 0


def test_annual_toll_title() -> None:
    assert _count('Monitor 2021 annual toll | 200 people killed in Homs in the "truce" year') == 0


def test_half_year_title() -> None:
    assert _count("Second half of 2021 | 200 people killed in Homs, and attacks on the rise") == 0


def test_a_dated_event_under_such_a_title_is_kept() -> None:
    text = (
        '2021 in Homs | Gunmen behind most of 200 deaths in the year of the "truce"'
        + _BODY
        + "On December 30, gunmen shot dead a teacher in the town of Talbiseh.\n"
    )
    assert len(contract(text)["incidents"]) == 1
