""""..., killing the lieutenant and two soldiers": a rank named with "the" and "and" before a figure is one more person
of the verb's role (``casualty_the_one_and``, ``casualty_unnumbered._THE_ONE``), of the side of the troops told with
him (``casualty_unnumbered._one_side``).

Every sentence here was written for these tests; places are real Syrian names, the events invented.
"""

from __future__ import annotations

from contract_rows import injured_sums as injured
from contract_rows import killed_sums as killed


def test_killing_the_lieutenant_and_two_soldiers() -> None:
    text = ("Attack near Daael\n\nUnidentified gunmen attacked a military vehicle on the road between Da'el and Ibtaa on "
            "Wednesday, killing the lieutenant and two soldiers.")
    assert killed(text) == {"regime": 3}


def test_killing_the_captain_and_three_soldiers() -> None:
    text = ("Ambush near Busra al-Harir\n\nGunmen ambushed a regime patrol near Busra al-Harir in the eastern countryside "
            "of Daraa on Friday, killing the captain and three soldiers.")
    assert killed(text) == {"regime": 4}


def test_wounding_the_colonel_and_two_soldiers() -> None:
    text = ("Attack near Sukhnah\n\nISIS cells attacked a position of the Fourth Division near Al-Sukhnah at dawn today, "
            "wounding the colonel and two soldiers.")
    assert injured(text) == {"regime": 3}
