""""Two NDF members were killed. A third NDF member was killed ...", "..., while a fourth blew himself up": one more
person told by rank, with words of his own between the rank and his noun, or with a death verb of his own
(``numbers._ORDINAL_ONE``, ``casualties._DIRECTLY``). Look-alikes: a share ("a third of the fighters"), a rank of an
event ("a third drone strike"), a rank that was only hurt or caught.

Every sentence here was written for these tests; places are real Syrian names, the events and people invented.
"""

from __future__ import annotations

from contract_rows import killed_sums as killed


def test_a_rank_with_a_group_name_counts_one_more() -> None:
    text = ("Attack near Ithriya\n\nISIS cells attacked a checkpoint of the NDF near Ithriya in Hama desert on Monday, killing "
            "two NDF members. A third NDF member was killed later in the day in the same attack.")
    assert killed(text) == {"regime": 3}


def test_a_rank_with_an_adjective_counts_one_more() -> None:
    text = ("Strike near al-Mayadin\n\nISIS cells ambushed a militia bus near al-Mayadin in Deir Ezzor desert on Friday, killing "
            "two Afghan fighters of the Fatemiyoun. A third Afghan fighter died of his wounds in hospital.")
    assert killed(text) == {"pro_iran_foreign": 3}


def test_a_rank_that_blew_himself_up_is_one_more_dead() -> None:
    text = ("Raid in Hajin\n\nSDF forces raided a house of an ISIS cell in Hajin in Deir Ezzor countryside on Tuesday. "
            "Two ISIS members were killed in the raid, while a third blew himself up.")
    assert killed(text) == {"isis": 3}


def test_a_share_of_the_group_is_no_rank() -> None:
    text = ("Attack near Ithriya\n\nISIS cells attacked a checkpoint of the NDF near Ithriya in Hama desert on Monday, killing "
            "six NDF members. A third of the NDF members at the post were wounded.")
    assert killed(text) == {"regime": 6}


def test_a_rank_caught_is_not_dead() -> None:
    text = ("Raid in Hajin\n\nSDF forces raided a house of an ISIS cell in Hajin in Deir Ezzor countryside on Tuesday. "
            "Two ISIS members were killed in the raid, while a third ISIS member was arrested.")
    assert killed(text) == {"isis": 2}
