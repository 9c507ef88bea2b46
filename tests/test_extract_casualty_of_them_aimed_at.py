""""N of them" after the people an attack was aimed at or a post was manned by ("opened fire on demonstrators ...,
wounding four of them", "a post manned by NDF militiamen ..., killing three of them"): "them" are those people, of
the side their words give.

Every sentence here was written for these tests; places are real Syrian names, the events invented.
"""

from __future__ import annotations

from contract_rows import injured_sums as injured
from contract_rows import killed_sums as killed


def test_of_them_after_fire_opened_on_demonstrators() -> None:
    text = ("Sit-in dispersed in Shahba\n\nSecurity guards opened fire on demonstrators outside the town hall of Shahba on "
            "Thursday, wounding four of them, SOHR said.")
    assert injured(text) == {"civilians": 4}


def test_of_them_after_a_post_manned_by_militiamen() -> None:
    text = ("Bomb at a post in Mayadin\n\nA bomb went off at a post manned by NDF militiamen in Mayadin on Sunday, killing "
            "three of them and wounding two others, SOHR said.")
    assert killed(text) == {"regime": 3}


def test_of_them_after_an_ambush_on_soldiers() -> None:
    text = ("Ambush near Sukhnah\n\nISIS cells ambushed regime soldiers on the road near Sukhnah on Friday, killing five "
            "of them, SOHR said.")
    assert killed(text) == {"regime": 5}


def test_bare_hurt_figure_after_of_them_shares_their_side() -> None:
    text = ("Bomb at a checkpoint in Sbeikhan\n\nA car bomb exploded at a checkpoint guarded by NDF militiamen in Sbeikhan "
            "on Monday, killing four of them and wounding at least nine, SOHR said.")
    assert killed(text) == {"regime": 4}
    assert injured(text) == {"regime": 9}
