"""A risen toll of no side keeps the side of the dead it raises, not the side of the area the sentence names
(``casualty_rise_one_side``). Look-alike: a rise after the dead of two sides is not given to either of them.

Every sentence here was written for these tests; places are real Syrian names, the events invented.
"""

from __future__ import annotations

from contract_rows import killed_sums as killed


def test_rise_after_civilians_in_a_rebel_held_area() -> None:
    text = (
        "Market strike\n\nRussian warplanes struck a busy fruit market on the edge of Ariha in rebel-held northwest "
        "Syria on Sunday, killing at least seven civilians and wounding more than 20, according to rescuers and a "
        "war monitor.\nThe monitor said later on Sunday that the toll had climbed to eight after one of the wounded "
        "died in hospital."
    )
    assert killed(text) == {"civilians": 8}


def test_rise_after_two_sides_is_not_given_to_either() -> None:
    text = (
        "Ambush near Sukhnah\n\nISIS cells ambushed a bus of regime soldiers near Al-Sukhnah on Friday, killing "
        "five soldiers and two civilians who were travelling with them. The toll later rose to nine."
    )
    assert killed(text).get("civilians") == 2
