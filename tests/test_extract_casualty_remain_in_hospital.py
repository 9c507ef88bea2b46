"""The people said to remain in hospital after an attack are its injured (``casualty_rises.TREATED``): "Two other
soldiers remain in hospital" after a risen toll, ", while three others remain in hospital", "remain hospitalised".
Look-alike: staff who remain in the hospital of a town are no one hurt.

Every sentence here was written for these tests; places are real Syrian names, the events invented.
"""

from __future__ import annotations

from contract_rows import injured_sums as injured
from contract_rows import killed_sums as killed


def test_after_a_risen_toll() -> None:
    text = ("Blast near Jasim\n\nThe death toll of the IED blast that hit a military bus near Jasim on Sunday has risen to "
            "four, after a soldier died of his wounds. Three other soldiers remain in hospital.")
    assert killed(text) == {"regime": 4}
    assert injured(text) == {"regime": 3}


def test_while_others_remain_in_hospital() -> None:
    text = ("Shelling on Kansafra\n\nRegime shelling on Kansafra on Sunday killed two civilians, while four others remain "
            "in hospital.")
    assert injured(text) == {"civilians": 4}


def test_remain_hospitalised() -> None:
    text = ("Attack near Palmyra\n\nISIS cells attacked an army post near Palmyra on Sunday, killing three soldiers. Two "
            "other soldiers remain hospitalised.")
    assert injured(text) == {"regime": 2}


def test_staff_who_remain_in_the_hospital_are_not_hurt() -> None:
    text = ("Attack near Palmyra\n\nISIS cells attacked an army post near Palmyra on Sunday, killing three soldiers. Two "
            "army doctors remain in the hospital of the town, which the army took over last year.")
    assert injured(text) == {}
