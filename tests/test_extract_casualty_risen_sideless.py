"""A first figure of no side, or the one who died of wounds, inside a later risen toll of a side (``casualty_risen_sideless``).

Every sentence here was written for these tests; the places are real Syrian names, the events invented.
"""

from __future__ import annotations

from contract_rows import killed_sums as killed


def test_people_first_then_risen_civilians() -> None:
    text = ("Blast in Jableh\n\nA bomb exploded near a market in Jableh on Friday, killing at least six people and wounding 30. "
            "Later, three of the wounded died in hospital, raising the death toll to nine civilians.")
    assert killed(text) == {"civilians": 9}


def test_people_first_then_toll_brought_to_civilians() -> None:
    text = ("Shelling on Tal Tamr\n\nShelling hit Tal Tamr this morning, killing four people and wounding nine. "
            "Two of the wounded died in the evening, bringing the toll to six civilians.")
    assert killed(text) == {"civilians": 6}


def test_man_who_died_of_wounds_is_inside_the_risen_toll() -> None:
    text = ("Blast in Jarablus\n\nA man who was wounded in yesterday's blast in Jarablus died of his wounds today, "
            "bringing the death toll of the blast to four civilians.")
    assert killed(text) == {"civilians": 4}


def test_risen_toll_of_soldiers_alone_is_unchanged() -> None:
    text = ("Attack near Sukhnah\n\nTwo soldiers wounded in an ISIS attack near Sukhnah died of their wounds today, "
            "raising the death toll of the attack to seven soldiers.")
    assert killed(text) == {"regime": 7}


def test_no_rise_keeps_people_of_no_side() -> None:
    text = ("Blast in Jableh\n\nA bomb exploded near a market in Jableh on Friday, killing six people and two civilians "
            "and wounding 30.")
    assert killed(text) == {"civilians": 2, "unknown": 6}


def test_dead_of_no_side_beside_a_rise_of_one_group_stay() -> None:
    text = ("Blast in al-Bab\n\nA car bomb went off at a checkpoint in al-Bab on Monday, killing four people and three "
            "soldiers of the National Army. Later, the death toll of the soldiers rose to six.")
    row = killed(text)
    assert row.get("unknown") == 4
