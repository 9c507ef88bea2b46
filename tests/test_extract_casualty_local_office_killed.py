"""One person named by a local office, shot dead or assassinated ("gunmen shot dead the mukhtar of the village"):
one dead; a mayor of no side the text gives, a mukhtar a civilian unless ties are told
(tests/test_extract_casualty_mukhtar_civilian.py).

Every sentence here was written for these tests; places are real Syrian names, the events invented.
"""

from __future__ import annotations

from contract_rows import killed_sums as killed


def test_mukhtar_shot_dead() -> None:
    text = ("Killing in Daraa\n\nUnidentified gunmen shot dead the mukhtar of the village of Al-Yadudah near his home on "
            "Sunday evening.")
    assert killed(text) == {"civilians": 1}


def test_mayor_assassinated() -> None:
    text = ("Assassination in Nawa\n\nGunmen on a motorcycle assassinated the mayor of Nawa in the city centre on Monday.")
    assert killed(text) == {"unknown": 1}


def test_commander_of_a_named_group_keeps_its_side() -> None:
    # look-alike: a leader named with his group is of that group
    text = ("Assassination in Tafas\n\nGunmen shot dead a commander of the 8th Brigade in Tafas on Monday.")
    assert killed(text) == {"regime": 1}
