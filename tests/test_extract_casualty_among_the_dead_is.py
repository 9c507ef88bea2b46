""""Six soldiers were killed ... Among the dead is a captain": the one named is a part of the toll told before, not the
toll (``casualty_restated.RESTATING``). Look-alike: "Among the dead are two officers" reads the same.

Every sentence here was written for these tests; places are real Syrian names, the events invented.
"""

from __future__ import annotations

from contract_rows import killed_sums as killed


def test_among_the_dead_is_one_of_them() -> None:
    text = ("Ambush near Ithriya\n\nSix soldiers of the regime forces were killed when ISIS cells ambushed their bus near "
            "Ithriya on Tuesday. Among the dead is a captain, while the wounded were taken to Hama.")
    assert killed(text) == {"regime": 6}


def test_among_the_dead_are_two_of_them() -> None:
    text = ("Ambush near Ithriya\n\nSix soldiers of the regime forces were killed when ISIS cells ambushed their bus near "
            "Ithriya on Tuesday. Among the dead are two captains.")
    assert killed(text) == {"regime": 6}
