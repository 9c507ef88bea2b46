""""Air strikes hit a market in the rebel-held town of X, killing at least 31 people ... several of the roughly 50 wounded
were in a critical state": wounded of no side, where the incident's dead are all people of no side, are people of no
side too, not of the side the attack is read as aimed at (``casualty_armed_generic.generic_side``).

Every sentence here was written for these tests; places are real Syrian names, the events invented.
"""

from __future__ import annotations

from contract_rows import injured_sums as injured
from contract_rows import killed_sums as killed


def test_roughly_n_wounded_after_people_killed() -> None:
    text = ("Air strikes on Ariha market\n\nAir strikes hit a crowded market in the rebel-held town of Ariha on Monday, "
            "killing at least 20 people, a war monitor said. The Syrian Observatory for Human Rights said Russian "
            "warplanes carried out the raids and that several of the roughly 40 wounded were in a critical state.")
    assert killed(text) == {"unknown": 20}
    assert injured(text) == {"unknown": 40}


def test_about_n_were_wounded_after_people_killed() -> None:
    text = ("Shelling on Darkush\n\nRegime forces shelled the HTS-held town of Darkush in the western countryside of "
            "Idlib on Sunday, killing four people. About 15 were wounded, the monitor said.")
    assert injured(text) == {"unknown": 15}


def test_wounded_beside_dead_of_a_side_keep_that_side() -> None:
    text = ("Shelling on Darkush\n\nRegime forces shelled HTS positions near Darkush in the western countryside of Idlib "
            "on Sunday, killing four HTS members. About 15 were wounded, the monitor said.")
    assert injured(text) == {"hts_rebels": 15}
