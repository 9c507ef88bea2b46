"""A period told right after the source it comes from ("According to the monitor, since the fighting erupted on
3 May, ...") still opens the sentence's own words: the toll after it is a total of that period, not the toll of an
event on the day the period began (sentences written for these tests, judged by ../shared/data/sohr/SCHEMA.md).
Look-alikes that must not change: a period after another opening, one event told after the source."""

from __future__ import annotations

from contract_rows import killed_per_incident, titled, total_pairs
from observatory.extract.totals_sentences import is_period_total


def test_since_fighting_began_on_a_day_after_the_source_is_a_total() -> None:
    assert is_period_total(
        "According to the monitor, since the fighting erupted on 3 May 2022, 14 soldiers and "
        "six rebels have been killed."
    )
    assert is_period_total(
        "According to local sources, since the clashes began on Friday, 11 gunmen have been "
        "killed, while the council said on Monday that calm had returned."
    )


def test_the_period_total_takes_its_sides_and_leaves_no_incident() -> None:
    text = (
        "Fighting went on near the town of Busra. According to the monitor (SOHR), since the clashes began on "
        "4 June 2021, 17 regime soldiers, eight local gunmen and three civilians have been killed."
    )
    report = titled(text, "2021-06-12")
    found = total_pairs(report)
    assert ("regime", 17) in found and ("civilians", 3) in found
    assert all(not killed for killed in killed_per_incident(report))


def test_one_event_after_the_source_stays_an_event() -> None:
    assert not is_period_total(
        "According to the monitor, a drone struck a car near Sarmada on 3 May 2022, killing two HTS members."
    )
    assert not is_period_total("According to activists, on Monday a mine killed four shepherds near Sukhnah.")
