"""Incidents: one jet (or a plane, a bomber) that strikes is an airstrike, as jets and warplanes already are: "a
regime fighter jet bombed the town", "a Russian jet struck a cave", "killed by a Russian jet", "a regime plane bombed".

Look-alikes: a jet that is shot down or crashes strikes no one (other); a jet named only in talk of fuel is no weapon;
cargo planes that are hit do not strike.

Every sentence here was written for these tests; none is taken from an evaluation set.
"""

from __future__ import annotations

from contract_rows import contract, kinds


def test_fighter_jet_bombed_a_town_is_an_airstrike() -> None:
    row = contract("Monitor update\n\nOn Thursday a regime fighter jet bombed the outskirts of Kafr Nubl, killing "
                   "two farmers who were picking olives.")
    assert kinds(row) == ["airstrike"]


def test_one_jet_struck_hideout_is_an_airstrike() -> None:
    row = contract("Monitor update\n\nA Russian jet struck a hideout of the organisation in the Bishri hills at "
                   "dawn, leaving five of its members dead.")
    assert kinds(row) == ["airstrike"]


def test_killed_by_a_jet_is_an_airstrike() -> None:
    row = contract("Monitor update\n\nThree shepherds lost their lives on Sunday when they were hit by a Russian jet "
                   "near the village of Kansafra.")
    assert kinds(row) == ["airstrike"]


def test_jet_shot_down_is_no_airstrike() -> None:
    row = contract("Monitor update\n\nTurkish air defences shot down a Syrian jet over the Lattakia border on "
                   "Tuesday, and its pilot was killed.")
    assert "airstrike" not in kinds(row)


def test_jet_that_crashed_is_no_airstrike() -> None:
    row = contract("Monitor update\n\nThe pilot said the jet had been refuelling when it crashed near Hama, killing "
                   "a crew member on the ground.")
    assert "airstrike" not in kinds(row)


def test_plane_bombed_is_an_airstrike() -> None:
    row = contract("Monitor update\n\nA regime plane bombed a bakery in the town of Latamna on Friday, killing a boy "
                   "and his uncle.")
    assert kinds(row) == ["airstrike"]


def test_cargo_planes_hit_by_rockets_are_no_airstrike() -> None:
    row = contract("Monitor update\n\nRockets fired by the factions hit two cargo planes parked at the airport of "
                   "Nayrab, killing a guard.")
    assert "airstrike" not in kinds(row)
