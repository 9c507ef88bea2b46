"""A paragraph of fighting with no figures of its own ("On the ground, violent clashes continue on the axis of X"),
after a strike or shelling with its own toll placed only in a provincial capital ("In Idlib city, jets struck a
market, killing five"): another incident, not the town the strike happened in. Sentences written for these tests."""

from __future__ import annotations

from contract_rows import contract, kinds


def test_clashes_after_a_strike_with_its_toll_are_another_incident() -> None:
    row = contract("Idlib\n\nIn Idlib city, regime warplanes struck a residential neighbourhood, killing five "
                   "civilians.\n\nOn the ground, fierce clashes continue between regime forces and the factions on the "
                   "axis of Al-Nayrab. The clashes left six soldiers and nine fighters dead today.")
    assert kinds(row) == ["airstrike", "clash"]


def test_look_alike_clashes_after_an_unplaced_toll_of_clashes_stay_one() -> None:
    row = contract("Idlib\n\nClashes erupted in Idlib province this morning, killing six soldiers.\n\nThe fighting "
                   "is concentrated on the axis of Al-Nayrab, where the factions attacked regime positions.")
    assert len(kinds(row)) == 1
