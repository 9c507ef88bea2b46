"""A relative, then counted relatives, with one verb after both: "his wife and two daughters were injured" counts
the wife too, in the role of that verb, not in the role of the dead told before
(``casualty_kin_counted``, ``casualty_unnumbered``).
Look-alikes: the relative with his own verb, the counted relatives alone, and the list as an object: read as before.

Every sentence here was written for these tests; places are real Syrian names, the events invented.
"""

from __future__ import annotations

from contract_rows import injured_sums as injured
from contract_rows import killed_sums as killed


def test_wife_and_daughters_hurt_after_dead_man() -> None:
    text = ("Shelling on Ain Issa\n\nA Turkish shell struck a farmhouse west of Ain Issa on Monday, and a farmer was "
            "killed and his wife and two daughters were injured.")
    assert killed(text) == {"civilians": 1}
    assert injured(text) == {"civilians": 3}


def test_wife_and_daughters_hurt_in_their_own_sentence() -> None:
    text = ("Shelling on Ain Issa\n\nA Turkish shell struck a farmhouse west of Ain Issa on Monday, killing a farmer. "
            "His wife and two daughters were injured.")
    assert injured(text) == {"civilians": 3}


def test_husband_and_their_children_hurt_after_while() -> None:
    text = ("Drone on Sarmin\n\nA regime drone hit a car in Sarmin, killing a woman, while her husband and their "
            "three children were hurt.")
    assert killed(text) == {"civilians": 1}
    assert injured(text) == {"civilians": 4}


def test_relative_with_his_own_verb() -> None:
    text = ("Mine in Maadan\n\nA boy was killed by an old mine near Maadan and his brother was injured, while two "
            "shepherds were unhurt.")
    assert killed(text) == {"civilians": 1}
    assert injured(text) == {"civilians": 1}


def test_list_as_object() -> None:
    text = ("Strike on Ariha\n\nA Russian jet struck a house in Ariha, injuring a man, his wife and their four "
            "children.")
    assert injured(text) == {"civilians": 6}


def test_mother_and_siblings_hurt_after_dead_child() -> None:
    text = ("Shelling on Kansafra\n\nA boy was killed, and his mother and two siblings were injured, when regime "
            "rockets hit their home in Kansafra on Monday.")
    assert killed(text) == {"civilians": 1}
    assert injured(text) == {"civilians": 3}
