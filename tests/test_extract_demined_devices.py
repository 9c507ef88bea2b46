"""Mines or bombs cleared in a sentence that tells a fight or a strike ("army units dismantled explosive devices planted
by the rebels") are no blast: the sentence's kind is the fight or the strike (paragraphs written for these tests)."""

from __future__ import annotations

from contract_rows import kinds, titled


def test_devices_dismantled_after_battles_leave_the_clash() -> None:
    row = titled(
        "The army killed dozens of militants in battles on the outskirts of the town of Kansafra on Monday, the agency "
        "said, adding that army units dismantled explosive devices planted by the militants on the roads."
    )
    assert kinds(row) == ["clash"]


def test_sappers_defusing_roadside_bombs_leave_the_shelling() -> None:
    row = titled(
        "Regime artillery shelled the village of Kansafra on Tuesday, killing three civilians, and sappers defused "
        "booby-traps and roadside bombs on the nearby highway, activists said."
    )
    assert kinds(row) == ["shelling"]


def test_engineers_removing_landmines_leave_the_attack() -> None:
    row = titled(
        "ISIS cells attacked a checkpoint near the town of Kansafra, killing two soldiers, as engineering teams were "
        "removing landmines left in the area, the monitor said."
    )
    assert kinds(row) == ["attack"]


def test_a_bomb_that_went_off_stays_a_bomb() -> None:
    row = titled(
        "An explosive device planted by unknown persons exploded near the town of Kansafra on Monday, killing two "
        "soldiers, the monitor said."
    )
    assert kinds(row) == ["ied_landmine"]
