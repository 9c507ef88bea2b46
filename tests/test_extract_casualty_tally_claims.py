"""A claimant that counts many events over a period (a rescue service, a ministry) speaks of them all, not of the
event told before: its figures are no conflicting account of that event and stay for the totals (sentences written
for these tests, judged by ../shared/data/sohr/SCHEMA.md). Look-alikes that must not change: a claimant's other
figure for the event told, a count of events with no period."""

from __future__ import annotations

from contract_rows import killed_per_incident, titled, total_pairs
from observatory.extract.casualty_tally_claims import tally_of_events


def test_a_rescuers_count_of_attacks_over_the_year_is_a_total() -> None:
    text = (
        "A regime drone hit a car near Sarmin on Tuesday, killing two civilians. The White Helmets said their teams "
        "had responded to 140 attacks on north-west Syria since the beginning of the year, which killed 18 civilians, "
        "including five children, and injured 60 others."
    )
    report = titled(text, "2024-03-06")
    assert ("civilians", 18) in total_pairs(report)
    assert {"civilians": 2} in killed_per_incident(report)


def test_a_claimants_other_figure_for_the_event_told_still_goes() -> None:
    text = (
        "A regime drone hit a car near Sarmin on Tuesday, killing two civilians, the monitor said. The civil defence "
        "said three civilians were killed in the strike."
    )
    report = titled(text, "2024-03-06")
    assert killed_per_incident(report) == [{"civilians": 2}]


def test_the_tally_needs_both_a_count_of_events_and_a_period() -> None:
    assert tally_of_events("the ministry said 43 drone attacks since early 2024 killed 11 civilians")
    assert tally_of_events("rescuers counted dozens of raids in the past ten days")
    assert not tally_of_events("the ministry said 43 drone attacks killed 11 civilians")
    assert not tally_of_events("the civil defence said since the beginning of the year its teams had been busy")
