"""The toll of counted events told with its source first (``totals_blocks.events_toll``), and "during the year" as a
period (``segment.TOTAL_RE``).

SCHEMA: tolls over many strikes or over a period are totals. "Jets carried out some 50 raids since Friday morning. The
raids killed ..." already gives a total; the same toll opened by its source ("According to the monitor, the raids
killed ...") is the same total, not an incident. A toll "during the year" is over the year.

Every sentence here was written for these tests; places are real Syrian names, the events invented.
"""

from __future__ import annotations

from contract_rows import killed_per_incident, titled, total_pairs


def test_sourced_toll_of_counted_raids_is_a_total() -> None:
    row = titled("Russian aircraft flew some 45 sorties since Friday morning against caves held by the cells near "
                 "Arak, the Observatory reported. According to the Observatory, the raids killed at least five ISIS "
                 "members and wounded others.")
    assert killed_per_incident(row) == []
    assert total_pairs(row) == [("isis", 5)]


def test_sourced_toll_of_one_raid_stays_an_incident() -> None:
    row = titled("Israeli missiles struck an arms depot near Masyaf on Sunday night. According to the Observatory, the "
                 "strikes killed four soldiers.")
    assert killed_per_incident(row) == [{"regime": 4}]


def test_toll_during_the_year_is_a_total() -> None:
    row = titled("Cells of the group killed 17 SDF fighters and 9 civilians during the year, the SDF said.")
    assert killed_per_incident(row) == []
    assert total_pairs(row) == [("civilians", 9), ("sdf", 17)]
