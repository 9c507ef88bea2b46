"""A day's bombardment told first without figures ("warplanes carried out dozens of air strikes on A, B and C"), then
its dead counted "in today's air strikes" (some of them in another of the day's neighbourhoods): one incident.

Look-alikes: dead counted in "today's shelling" after a day of air strikes (another kind) stay apart, and so does a
lead that already has its own toll.

Sentences written for these tests.
"""

from __future__ import annotations

from contract_rows import contract


def test_dead_of_todays_air_strikes_belong_to_the_days_bombardment() -> None:
    row = contract("Bombardment of eastern Ghouta\n\n"
                   "The towns of eastern Ghouta witnessed today another day of heavy bombardment by regime warplanes, "
                   "which carried out dozens of air strikes on Douma, Hamouriyah and Saqba.\n\n"
                   "SOHR documented the death of 17 civilians, including 4 children, in today's air strikes, 6 of them "
                   "in Kafr Batna, where a shelter was hit.")
    assert len(row["incidents"]) == 1


def test_look_alike_todays_shelling_after_air_strikes_stays_apart() -> None:
    row = contract("Bombardment of eastern Ghouta\n\n"
                   "The towns of eastern Ghouta witnessed today another day of heavy bombardment by regime warplanes, "
                   "which carried out dozens of air strikes on Douma, Hamouriyah and Saqba.\n\n"
                   "Rebel factions fired rockets on Damascus, and SOHR documented the death of 3 civilians in today's "
                   "shelling of the Bab Touma neighbourhood.")
    assert len(row["incidents"]) == 2
