""" "N of them" of local gunmen a vehicle carried or a group held (``casualty_of_them_local``): in Daraa they are the
local factions (hts_rebels); in Sweida they stay of no side. Look-alikes: local gunmen tied to a force, and "of them"
of people not told as local gunmen, are left as they were.

Every sentence here was written for these tests; places are real Syrian names, the events invented.
"""

from __future__ import annotations

from contract_rows import killed_sums as killed


def test_car_carrying_local_gunmen_in_daraa() -> None:
    text = (
        "Ambush near Tafas\n\nOn Tuesday, an ISIS cell opened fire on a pick-up carrying local gunmen on the road between "
        "Tafas and Muzayrib in the western countryside of Daraa, killing three of them."
    )
    assert killed(text) == {"hts_rebels": 3}


def test_group_of_local_fighters_in_daraa() -> None:
    text = (
        "Blast in Nawa\n\nA bomber detonated his explosive belt among a group of local fighters who were searching a "
        "house in Nawa, in the western countryside of Daraa, on Wednesday, killing two of them."
    )
    assert killed(text) == {"hts_rebels": 2}


def test_local_gunmen_in_sweida_stay_of_no_side() -> None:
    text = (
        "Ambush near Shahba\n\nGunmen ambushed a car carrying local gunmen near Shahba in the northern countryside of "
        "Sweida on Tuesday, killing two of them."
    )
    assert killed(text) == {"unknown": 2}


def test_local_gunmen_tied_to_a_force_are_not_read() -> None:
    text = (
        "Ambush near Tafas\n\nOn Tuesday, an ISIS cell opened fire on a car carrying local gunmen affiliated with the "
        "Military Security near Tafas in the western countryside of Daraa, killing two of them."
    )
    assert "hts_rebels" not in killed(text)
