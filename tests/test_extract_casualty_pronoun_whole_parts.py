""""Attacked positions of the NDF and the army, killing eight of them, five NDF members and three soldiers": after a
figure told by a pronoun ("eight of them"), items that add up to it are its parts, not more dead
(``casualty_lists.pronoun_parts``). Look-alikes: items that do not add up to the figure stay figures of their own; the
same parts after a colon were read as parts before.

Every sentence here was written for these tests; places are real Syrian names, the events invented.
"""

from __future__ import annotations

from contract_rows import injured_sums as injured
from contract_rows import killed_sums as killed


def test_parts_after_a_pronoun_figure_are_no_more_dead() -> None:
    text = ("Attack near Arak\n\nISIS cells stormed two posts of the National Defence Forces and the regime army near Arak "
            "in the Palmyra desert before dawn, killing six of them, four NDF members and two soldiers.")
    assert killed(text) == {"regime": 6}


def test_parts_of_two_sides_after_a_pronoun_figure() -> None:
    text = ("Attack near Diban\n\nGunmen believed to belong to ISIS cells fired on a joint patrol of the SDF and the "
            "Asayish near Diban on Tuesday evening, killing three of them, two SDF fighters and an Asayish member, and "
            "wounding two others.")
    assert killed(text) == {"sdf": 3}
    assert injured(text) == {"sdf": 2}


def test_items_that_do_not_add_up_stay_figures_of_their_own() -> None:
    text = ("Attack near Diban\n\nISIS cells attacked two SDF posts near Diban on Tuesday, killing four of them, and two "
            "civilians were killed by stray bullets in the village.")
    assert killed(text) == {"sdf": 4, "civilians": 2}


def test_parts_after_a_colon_read_as_before() -> None:
    text = ("Attack near Arak\n\nISIS cells stormed a post of the National Defence Forces near Arak on Monday, killing "
            "five of them: three NDF members and two soldiers.")
    assert killed(text) == {"regime": 5}
