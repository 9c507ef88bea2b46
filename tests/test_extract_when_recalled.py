"""An earlier event told in a "when" clause hung on a named day ("Strikes have gone on since Tuesday, when 12 soldiers
died in a raid on their base", "The outpost was raided in May 2021, when four guards were killed") is an incident of
its own with its own dead, never a total of the period; a "when" clause with no dead of its own, an event told on its
own day, and the deadliest event of a roundup stay as they were (paragraphs written for these tests)."""

from __future__ import annotations

from contract_rows import killed_per_incident, titled, total_pairs

_SHELLING = ("Regime forces shelled the town of Kansafra in the southern countryside of Idlib on Saturday, wounding "
             "two women. ")


def test_dead_of_the_day_a_period_began_are_an_incident_not_a_total() -> None:
    row = titled(_SHELLING + "Strikes on the area have continued since Tuesday, when 12 soldiers died in a raid on "
                             "their base near Palmyra.", "2024-03-10")
    assert killed_per_incident(row) == [{}, {"regime": 12}]
    assert total_pairs(row) == []


def test_a_period_total_keeps_its_figures_and_loses_the_day_s_dead() -> None:
    row = titled(_SHELLING + "The monitor said 40 fighters have been killed in the fighting since February 2, when "
                             "ISIS cells ambushed a bus near al-Sukhnah, killing seven soldiers.", "2024-03-10")
    assert {"regime": 7} in killed_per_incident(row)
    assert ("regime", 7) not in total_pairs(row)


def test_an_earlier_raid_told_with_its_month_is_an_incident() -> None:
    row = titled(_SHELLING + "The same outpost near Jasim in the countryside of Daraa was raided in May 2021, when "
                             "four guards were killed by gunfire.", "2024-03-10")
    assert len(killed_per_incident(row)) == 2
    assert sum(sum(k.values()) for k in killed_per_incident(row)) == 4
    assert total_pairs(row) == []


def test_the_latest_of_a_series_is_an_incident() -> None:
    row = titled(_SHELLING + "Factions in Azaz have fought several rounds of clashes this spring, the latest in late "
                             "April, when a fighter of the Sultan Murad Division was killed at a checkpoint.", "2024-06-10")
    assert sum(sum(k.values()) for k in killed_per_incident(row)) == 1


def test_a_when_clause_without_dead_leaves_the_total_whole() -> None:
    row = titled(_SHELLING + "Since 24 March 2019, when the group lost its last pocket, 1,200 soldiers have been "
                             "killed in the desert.", "2024-03-10")
    assert ("regime", 1200) in total_pairs(row)
    assert killed_per_incident(row) == [{}]


def test_an_event_told_on_its_own_day_stays_one_incident() -> None:
    row = titled(_SHELLING + "Gunmen attacked a checkpoint near Jasim in the countryside of Daraa on Monday, when "
                             "three soldiers were killed.", "2024-03-10")
    assert killed_per_incident(row) == [{}, {"regime": 3}]
