"""Incidents: "barrels packed (filled, loaded) with explosives" dropped by helicopters are barrel bombs, an airstrike,
not a bomb planted on the ground.

Look-alike: a car packed with explosives stays a car bomb.

Every sentence here was written for these tests; none is taken from an evaluation set.
"""

from __future__ import annotations

from contract_rows import contract, kinds

_HEAD = "Syrian Observatory for Human Rights\nBombardment on Aleppo countryside\n\n"


def test_barrels_packed_with_explosives_from_helicopters_are_an_airstrike() -> None:
    row = contract(_HEAD + "Regime helicopters dropped barrels packed with explosives on Anadan town in the northern "
                           "countryside of Aleppo on Friday, killing nine people.")
    assert kinds(row) == ["airstrike"]


def test_look_alike_car_packed_with_explosives_stays_a_bomb() -> None:
    row = contract(_HEAD + "A car packed with explosives went off near a market in the city of Azaz in the northern countryside "
                           "of Aleppo on Friday, killing nine people.")
    assert kinds(row) == ["ied_landmine"]
