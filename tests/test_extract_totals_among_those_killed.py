"""Fighters named "among those killed" a sentence or two after a toll of people told with a part ("have killed at
least 25 people, including 11 civilians, since Monday") are more parts of that toll: totals of their sides, not an
incident's dead (sentences written for these tests, judged by ../shared/data/sohr/SCHEMA.md). Look-alikes that must
not change: "among those killed" after one event's toll."""

from __future__ import annotations

from contract_rows import killed_per_incident, titled, total_pairs


def test_fighters_among_those_killed_after_a_toll_of_people_are_totals() -> None:
    text = (
        "Fighting between Turkish-backed factions and the SDF near Manbij has killed at least 25 people, including 11 "
        "civilians, since Monday, a war monitor said on Thursday.\nThe fighting began when the factions crossed the Sajur "
        "river and attacked SDF posts in several villages, including Arima and al-Hoshariyah.\nThe Syrian Observatory "
        "for Human Rights said six SDF fighters and eight faction members were among those killed."
    )
    report = titled(text, "2024-05-09")
    found = total_pairs(report)
    assert ("sdf", 6) in found and ("turkey_factions", 8) in found
    assert all(not k.get("sdf") and not k.get("unknown") for k in killed_per_incident(report))


def test_among_those_killed_after_one_events_toll_stays_with_it() -> None:
    text = (
        "A car bomb exploded in the market of Azaz on Monday, killing nine people. Two policemen were among those killed, "
        "the monitor said."
    )
    report = titled(text, "2024-05-09")
    assert total_pairs(report) == []
