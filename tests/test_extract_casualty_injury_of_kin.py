"""The noun "the injury of his <relative>" read as the verb "injuring his <relative>" ("recorded the death of a boy and
the injury of his father": one more hurt, of the dead civilian's side; ``casualty_unnumbered._KIN``,
``casualty_kin._AND_HIS``).
Look-alikes: "the injury of his hand" (no person), a relative named without any injury, and "any injury of his own".

Every sentence here was written for these tests; places are real Syrian names, the events invented.
"""

from __future__ import annotations

from contract_rows import injured_sums as injured
from contract_rows import killed_sums as killed


def test_injury_of_a_dead_childs_father() -> None:
    text = ("Shell on Kansafra\n\nRescuers reported the death of a boy and the injury of his father after a shell fell on "
            "their home in Kansafra on Sunday.")
    assert killed(text) == {"civilians": 1}
    assert injured(text) == {"civilians": 1}


def test_injury_of_a_dead_girls_brother() -> None:
    text = ("Remnant blast near Busayrah\n\nThe monitor recorded on Saturday the death of a girl and the injury of her "
            "brother when a war remnant went off near Busayrah.")
    assert injured(text) == {"civilians": 1}


def test_look_alike_injury_of_a_body_part() -> None:
    # near the rule: "the injury of his hand" names no person
    text = ("Landmine near Nawa\n\nA farmer was killed by a landmine near Nawa on Sunday, and the blast caused the injury "
            "of his hand and leg.")
    assert injured(text) == {}


def test_look_alike_relative_without_injury() -> None:
    # near the rule: the father is named, but nobody is said to be hurt
    text = ("Shell on Kansafra\n\nRescuers reported the death of a boy in Kansafra on Sunday, after a shell fell on the "
            "house of his father.")
    assert injured(text) == {}


def test_look_alike_spared_any_injury_of_his_own() -> None:
    # near the rule: "injury of his own" is no relative
    text = ("Landmine near Nawa\n\nThe blast near Nawa on Sunday killed a farmer, whose brother was spared any injury of "
            "his own.")
    assert injured(text) == {}
