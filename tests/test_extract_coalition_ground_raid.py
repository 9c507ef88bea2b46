"""Incidents: a raid of the coalition told in the singular ("a US raid", "a coalition helicopter raid") or helicopters
"of the coalition" that landed troops is a raid on the ground (an attack), and "the raid" told after it points back at
it; coalition raids in the plural ("coalition raids on X killed ...") and US strikes are airstrikes.

Look-alikes: regime helicopters that bomb a town strike from the air; a Russian raid is an airstrike.

Every sentence here was written for these tests; none is taken from an evaluation set.
"""

from __future__ import annotations

from contract_rows import contract, kinds


def test_singular_coalition_raid_is_an_attack() -> None:
    row = contract("Coalition raid leaves ISIS financier dead\n\n"
                   "A coalition raid on a farm near the village of Al-Sour killed an ISIS financier on Friday night, "
                   "SOHR said.")
    assert kinds(row) == ["attack"]


def test_coalition_helicopter_raid_then_the_raid_is_an_attack() -> None:
    row = contract("Monitor update\n\nA US-led coalition helicopter raid on a farm near Al-Sour killed an ISIS "
                   "financier on Friday night. The raid lasted about an hour, SOHR said.")
    assert kinds(row) == ["attack"]


def test_helicopters_of_the_coalition_landed_troops_is_an_attack() -> None:
    row = contract("Monitor update\n\nOn Friday night, helicopters of the International Coalition landed troops beside "
                   "a farm near Al-Sour, where the force killed an ISIS financier, SOHR said.")
    assert kinds(row) == ["attack"]


def test_troops_landed_before_a_helicopter_fired_is_an_attack() -> None:
    row = contract("Monitor update\n\nOn Friday night, coalition troops landed beside a farm near Al-Sour and "
                   "exchanged fire with the men inside before a helicopter fired at the building, killing an ISIS "
                   "financier, SOHR said.")
    assert kinds(row) == ["attack"]


def test_look_alike_plural_coalition_raids_strike_from_the_air() -> None:
    row = contract("Monitor update\n\nCoalition raids on the western edge of Al-Sour killed four civilians on "
                   "Friday, SOHR said.")
    assert kinds(row) == ["airstrike"]


def test_look_alike_russian_raid_is_an_airstrike() -> None:
    row = contract("Monitor update\n\nA Russian raid on the outskirts of Kafr Amim killed a shepherd on Friday, "
                   "SOHR said.")
    assert kinds(row) == ["airstrike"]


def test_look_alike_regime_helicopters_strike_from_the_air() -> None:
    row = contract("Monitor update\n\nRegime helicopters bombed the town of Kafr Amim on Friday, killing a farmer, "
                   "SOHR said.")
    assert kinds(row) == ["airstrike"]
