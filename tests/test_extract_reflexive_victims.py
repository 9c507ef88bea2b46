""""..., killing himself and three soldiers and wounding five others": the figure after a reflexive victim shares the verb
before the reflexive, not the one after the figure's words (``casualty_reflexive``); a figure there that no pass gives a
side is left unread, since the side the report would lend it is the bomber's.
Look-alikes: "killing himself and wounding two guards" (the figure's own verb), "killing him and his two guards".

Every sentence here was written for these tests; places are real Syrian names, the events invented.
"""

from __future__ import annotations

from contract_rows import sentence_sides


def test_reflexive_then_figure_is_killed() -> None:
    text = ("Blast near Palmyra\n\nAn ISIS member set off his explosive vest at a checkpoint east of Palmyra on Friday, "
            "killing himself and three soldiers and wounding five others.")
    figures = sentence_sides(text, "An ISIS member")
    assert ("killed", 3, "regime") in figures
    assert ("injured", 5, "regime") in figures
    assert ("injured", 3, "regime") not in figures


def test_reflexive_along_with() -> None:
    text = ("Blast in Tal Abyad\n\nA bomber drove a truck into an SDF post near Tal Abyad on Monday night, killing "
            "himself along with four SDF fighters.")
    assert ("killed", 4, "sdf") in sentence_sides(text, "A bomber drove")


def test_reflexive_then_unnamed_left_out() -> None:
    text = ("Blast near Busra\n\nAn ISIS member trapped in a barn near Busra al-Harir triggered his belt on Sunday, "
            "killing himself and two of those who chased him.")
    assert all(side is not None for _, _, side in sentence_sides(text, "An ISIS member"))


def test_look_alike_own_verb_after_reflexive() -> None:
    text = ("Blast near Palmyra\n\nAn ISIS member set off his explosive vest at a checkpoint east of Palmyra on Friday, "
            "killing himself and wounding two soldiers.")
    figures = sentence_sides(text, "An ISIS member")
    assert ("injured", 2, "regime") in figures
    assert not any(role == "killed" and value == 2 for role, value, _ in figures)
