"""The thing an incident hit, named back ("attacked a bus ...", then "cells ambushed the bus on the road near B"):
the same attack told in detail with its spot, not another one. Sentences written for these tests."""

from __future__ import annotations

from contract_rows import contract


def test_the_bus_ambushed_near_another_spot_is_the_same_attack() -> None:
    row = contract("Attack on bus\n\nThe toll of the attack by ISIS cells on a bus carrying soldiers in the Palmyra desert east of "
                   "Homs yesterday has risen to 12.\n\nLocal sources said that the cells ambushed the bus on the road "
                   "near Al-Bayarat, then set it on fire.")
    assert len(row["incidents"]) == 1


def test_look_alike_the_thing_hit_with_its_own_dead_on_another_day_stays_apart() -> None:
    row = contract("Attack on bus\n\nThe toll of the attack by ISIS cells on a bus carrying soldiers in the Palmyra desert "
                   "east of Homs yesterday has risen to 12.\n\nOn Friday, the cells attacked the bus station in Jazal, "
                   "killing a guard.")
    assert len(row["incidents"]) == 2
