"""Incidents: one of the wounded of a blast who died later ("a boy succumbed to his wounds in hospital, hours after the
explosion") is the blast's dead, not another event told at another time.

Look-alikes: a death told with a place of its own, or as "another" man, stays apart.

Every sentence here was written for these tests; none is taken from an evaluation set.
"""

from __future__ import annotations

from contract_rows import contract, killed_per_incident


def test_wounded_who_succumbed_hours_after_the_explosion() -> None:
    row = contract("Bomb in Azaz\n\n"
                   "A car bomb exploded near the market in the town of Azaz in the northern countryside of Aleppo at "
                   "dawn today, wounding several people.\n\n"
                   "Local sources said that a boy succumbed to his wounds in a hospital in the area, hours after the "
                   "explosion.")
    assert killed_per_incident(row) == [{"civilians": 1}]


def test_death_in_a_town_of_its_own_stays_apart() -> None:
    row = contract("Bomb in Azaz\n\n"
                   "A car bomb exploded near the market in the town of Azaz in the northern countryside of Aleppo at "
                   "dawn today, wounding several people.\n\n"
                   "Hours later, a man succumbed to his wounds in the village of Sawran after he was shot by gunmen.")
    assert len(row["incidents"]) == 2
