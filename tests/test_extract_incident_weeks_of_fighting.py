"""Incidents: background that sums up a long fight ("In May, the army entered the town under a deal after weeks of
fighting", "after months of shelling") tells of no one event: no incident of its own.

Look-alike: an attack told with its own dead stays an incident.

Every sentence here was written for these tests; none is taken from an evaluation set.
"""

from __future__ import annotations

from contract_rows import contract, killed_per_incident


def test_entry_after_weeks_of_fighting_is_background() -> None:
    row = contract("Bomb hits army bus\n\n"
                   "A roadside bomb struck an army bus near the town of Nawa in the western countryside of Daraa on "
                   "Monday, killing two soldiers.\n\n"
                   "In May, the army entered the nearby town of Tafas under a settlement deal after weeks of fighting "
                   "with local gunmen.")
    assert killed_per_incident(row) == [{"regime": 2}]
