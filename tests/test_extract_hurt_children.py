"""Children told inside an injured toll of people of no side, the subject of its own passive verb
(``casualty_hurt_children``): the children are civilians taken out of the whole. Look-alikes keep their reading: the
object of an attack's verb, a toll of a side, a toll naming its kinds, women, and a death toll.

Every sentence here was written for these tests; places are real Syrian names, the events invented.
"""

from __future__ import annotations

from contract_rows import injured_sums as injured
from contract_rows import killed_sums as killed

H = "Local update\n\n"


def test_others_wounded_among_them_children() -> None:
    text = H + ("Three people were killed and eight others were wounded, among them two children, in a quarrel between "
                "two families in Hajin in the eastern countryside of Deir Ezzor on Monday.")
    assert injured(text) == {"unknown": 6, "civilians": 2}


def test_other_people_including_a_child_were_injured() -> None:
    text = H + ("An unidentified explosion hit a street in Jarablus on Monday. Four other people, including a child, "
                "were injured in the blast.")
    assert injured(text) == {"unknown": 3, "civilians": 1}


def test_object_of_the_attack_keeps_its_children() -> None:
    # look-alike: the wounded are the object of "wounding", the whole stays of no side
    text = H + ("A shell hit a house in Sarmin in the eastern countryside of Idlib on Monday, killing a man and "
                "wounding five people, among them a child.")
    assert injured(text) == {"unknown": 5}


def test_toll_of_named_kinds_keeps_its_children() -> None:
    # look-alike: "civilians and fighters" name the whole's kinds
    text = H + ("A car bomb exploded near a market in Azaz on Monday, killing three people. Also, 10 civilians and "
                "fighters, including three children, were wounded.")
    assert injured(text) == {"unknown": 10}


def test_women_stay_inside() -> None:
    # look-alike: women are not children; their side is not given
    text = H + ("Two people were killed and five others were injured, among them two women, in clashes in Tafas in the "
                "western countryside of Daraa on Monday.")
    assert injured(text) == {"unknown": 5}


def test_death_toll_keeps_its_children() -> None:
    # look-alike: children among the dead are not taken out here
    text = H + ("Three people were killed, including a child, and seven others were wounded in clashes between armed "
                "groups in Tafas in the western countryside of Daraa on Monday.")
    assert killed(text) == {"unknown": 3}
