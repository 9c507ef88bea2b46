"""A fight told "between" its two sides ("clashes went on between the SDF and ISIS in the X quarter") is no stretch
between places: a quarter or village the gazetteer does not know, in a report about one governorate, still lies in it.
A road, a stretch "between" two places, or a fight "between" a name read as a place stay in no governorate.
Sentences written for these tests."""

from __future__ import annotations

from contract_rows import contract, governorates


def test_clashes_between_two_sides_in_an_unknown_quarter() -> None:
    row = contract("Battle for Raqqa city\n\nCoalition jets bombed the al-Mansour quarter of Raqqa city at dawn, killing "
                   "six civilians.\n\nOn the ground, heavy clashes went on today between the SDF and ISIS in the "
                   "al-Rumaila quarter, leaving five ISIS members dead. SOHR says the toll in Raqqa is rising.")
    assert governorates(row) == ["Ar-Raqqa", "Ar-Raqqa"]


def test_fighting_erupted_between_two_sides_near_an_unknown_hamlet() -> None:
    row = contract("Idlib front\n\nRegime artillery shelled the outskirts of Sarmin in eastern Idlib in the morning, "
                   "wounding four civilians.\n\nLater, fierce fighting erupted between regime forces and HTS near "
                   "Tal Khattab hamlet, killing seven fighters of HTS. The Idlib front has been restless all week.")
    assert governorates(row) == ["Idleb", "Idleb"]


def test_a_stretch_between_two_unknown_villages_stays_unplaced() -> None:
    row = contract("Idlib front\n\nRegime artillery shelled the outskirts of Sarmin in eastern Idlib in the morning, "
                   "wounding four civilians.\n\nLater, a mine went off between Tal Khattab and Khirbet Maryam, killing "
                   "two shepherds. The Idlib front has been restless all week.")
    assert governorates(row)[1] is None
