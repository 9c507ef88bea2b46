"""A toll said to have risen twice, first with no side ("has risen to nine"), then with one ("bringing the final toll
to 11 civilians"): the later rise is the incident's toll, though the earlier figure of no side is read as theirs.
Sentences written for these tests."""

from __future__ import annotations

from contract_rows import contract, killed_per_incident


def test_the_later_rise_with_a_side_wins_over_the_earlier_rise() -> None:
    row = contract("Toll rises\n\nThe death toll of the car bomb that struck a market in the town of Al-Bab in the "
                   "countryside of Aleppo on Friday has risen to six, after one of the wounded died overnight.\n\n"
                   "Two more of the wounded died this morning, bringing the final toll of the explosion to eight "
                   "civilians.")
    assert killed_per_incident(row) == [{"civilians": 8}]


def test_look_alike_one_rise_stays() -> None:
    row = contract("Toll rises\n\nThe death toll of the car bomb that struck a market in the town of Al-Bab in the "
                   "countryside of Aleppo on Friday has risen to six civilians, after one of the wounded died "
                   "overnight.")
    assert killed_per_incident(row) == [{"civilians": 6}]
