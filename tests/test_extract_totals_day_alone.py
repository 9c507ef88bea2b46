"""A day set apart by "alone" before the sentence's toll ("Yesterday alone, 29 civilians were killed in A, B and C")
is that day's share of a longer tally, a total, not one event (sentences written for these tests, judged by
../shared/data/sohr/SCHEMA.md). Look-alikes that must not change: "alone" after the toll of one fight, a day put
first with no "alone"."""

from __future__ import annotations

from contract_rows import killed_per_incident, titled, total_pairs
from observatory.extract.totals_sentences import is_period_total


def test_the_days_share_put_first_is_a_total() -> None:
    text = (
        "Regime bombardment of the eastern countryside of Hama has killed 214 civilians since the start of the month, "
        "the monitor said. Yesterday alone, 29 civilians were killed in Kafr Zita, Morek and al-Lataminah."
    )
    report = titled(text, "2019-05-20")
    assert ("civilians", 29) in total_pairs(report)
    assert all(k.get("civilians", 0) != 29 for k in killed_per_incident(report))


def test_on_a_weekday_alone_put_first() -> None:
    assert is_period_total("On Sunday alone, at least 17 fighters of the factions were killed, the monitor said.")


def test_alone_after_one_fights_toll_and_a_plain_day_stay_events() -> None:
    assert not is_period_total("Clashes in the village of Tal Tamr killed four SDF fighters on Tuesday alone.")
    assert not is_period_total("Yesterday, a mine killed three shepherds near Sukhnah.")
