"""Incidents: a "helicopter-borne raid" (troops set down by helicopter) is an attack on the ground, not an airstrike,
as a "heliborne" raid is.

Look-alike: helicopters that drop barrel bombs strike from the air.

Every sentence here was written for these tests; none is taken from an evaluation set.
"""

from __future__ import annotations

from contract_rows import contract, kinds


def test_helicopter_borne_raid_is_an_attack() -> None:
    row = contract("Monitor update\n\nA helicopter-borne raid by coalition forces on a farm near Al-Shuhail killed two "
                   "ISIS members on Wednesday, SOHR said.")
    assert kinds(row) == ["attack"]


def test_look_alike_helicopters_dropping_barrels_strike_from_the_air() -> None:
    row = contract("Monitor update\n\nRegime helicopters dropped barrel bombs on Kafr Zita on Wednesday, killing a "
                   "woman.")
    assert kinds(row) == ["airstrike"]
