"""A toll told over a stretch of whole months ("between May and August", "from March to the end of June 2022") counts
the events of those months: a total, not one incident (sentences written for these tests, judged by
../shared/data/sohr/SCHEMA.md). Look-alikes that must not change: a season's months with no toll, one dated event."""

from __future__ import annotations

from contract_rows import killed_per_incident, titled, total_pairs
from observatory.extract.totals_sentences import is_period_total


def test_a_toll_between_two_months_is_a_total() -> None:
    text = (
        "A drone struck a car near Qamishli on Monday, killing two SDF members. Turkish strikes on the countryside "
        "of Kobani killed 41 SDF fighters and 12 civilians between May and August, the monitor said."
    )
    report = titled(text, "2022-09-12")
    found = total_pairs(report)
    assert ("sdf", 41) in found and ("civilians", 12) in found
    assert all(k.get("sdf", 0) < 41 for k in killed_per_incident(report))


def test_from_a_month_to_the_end_of_another() -> None:
    assert is_period_total(
        "Mines killed 23 shepherds in the Hama desert from March to the end of June 2022, the monitor said."
    )


def test_a_season_without_a_toll_and_one_event_stay_apart() -> None:
    assert not is_period_total("Every year, from February to April, thousands of families go out to gather truffles.")
    assert not is_period_total("A mine killed three shepherds near Sukhnah on Monday.")
