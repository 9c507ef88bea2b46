"""Two days of one month that name the month once ("from 4 to 9 March 2023", "between the 2nd and the 6th of May
2021") bound a period: the toll told for it is a total from the first day to the second, not an incident of the last
day (sentences written for these tests, judged by ../shared/data/sohr/SCHEMA.md). Look-alikes that must not change:
the days without a year, a first day after the second, two full dates."""

from __future__ import annotations

from datetime import date

from contract_rows import killed_per_incident, titled, total_pairs
from observatory.extract.dates import period_bounds


def test_days_of_one_month_bound_a_period() -> None:
    assert period_bounds("From 4 to 9 March 2023, the monitor counted ...")[:2] == (date(2023, 3, 4), date(2023, 3, 9))
    assert period_bounds("between the 2nd and the 6th of May 2021")[:2] == (date(2021, 5, 2), date(2021, 5, 6))


def test_days_without_a_year_or_out_of_order_give_no_period() -> None:
    assert period_bounds("from 4 to 9 March, the monitor counted ...") is None
    assert period_bounds("from 19 to 9 March 2023") is None


def test_two_full_dates_keep_their_reading() -> None:
    assert period_bounds("between the 24th of March 2019 and the 20th of April 2019")[:2] == (
        date(2019, 3, 24),
        date(2019, 4, 20),
    )


def test_the_toll_of_the_days_is_a_total_not_an_incident() -> None:
    text = (
        "Turkish drones struck a car near Amuda on Monday, killing one SDF member. From 4 to 9 March 2023, the monitor "
        "documented the death of 27 SDF fighters and 15 members of the Turkish-backed factions in the battles for "
        "the town of Tal Tamr."
    )
    report = titled(text, "2023-03-10")
    found = total_pairs(report)
    assert ("sdf", 27) in found and ("turkey_factions", 15) in found
    assert {"sdf": 27} not in killed_per_incident(report) and all(
        k.get("sdf", 0) < 27 for k in killed_per_incident(report)
    )
