"""Event types: an aircraft shot down is `other` (SCHEMA: a shot-down drone), also where the shooter is a jet ("jets
shot down two warplanes"); a US military helicopter raid is a raid on the ground (an attack); a wanted man who blew
himself up during the raid leaves the raid the event.

Look-alikes: warplanes that bomb a town in the same sentence keep the airstrike.

Every sentence here was written for these tests; none is taken from an evaluation set.
"""

from __future__ import annotations

from contract_rows import contract, kinds
from observatory.extract.events import event_type


def test_jets_shooting_down_warplanes_is_other() -> None:
    found = event_type("Greek F-16 fighter jets shot down three foreign MiG-29 warplanes over the coast on Monday.")
    assert found is not None and found[0] == "other"


def test_helicopter_shot_down_is_other() -> None:
    found = event_type("A regime helicopter was shot down near the village of Tal Hadid, the monitor said.")
    assert found is not None and found[0] == "other"


def test_bombing_beside_a_downed_jet_stays_an_airstrike() -> None:
    found = event_type("Regime warplanes bombed the market of Tal Hadid, while rebels shot down a helicopter nearby.")
    assert found is not None and found[0] == "airstrike"


def test_us_military_helicopter_raid_with_self_detonation_is_an_attack() -> None:
    row = contract("Monitor update\n\nA US military helicopter raid on a farm near Al-Sour killed an ISIS financier on "
                   "Friday night. His aide detonated an explosive belt during the raid, killing himself, the monitor said.")
    assert kinds(row) == ["attack"]
