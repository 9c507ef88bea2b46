"""A figure written in brackets after its verb, as the monitor often writes it ("killing (3) members").

Every sentence here was written for these tests; places are real Syrian names, the events invented.
"""

from __future__ import annotations

from contract_rows import injured_sums as injured
from contract_rows import killed_sums as killed


def test_bracketed_dead_after_killing() -> None:
    text = ("Attack on a patrol\n\nGunmen opened fire on a patrol of the Air Force Intelligence near Inkhil on Sunday, "
            "killing (3) members of the patrol.")
    assert killed(text) == {"regime": 3}


def test_bracketed_hurt_after_wounding() -> None:
    text = ("Shelling on Ariha\n\nRegime forces shelled the town of Ariha on Monday, wounding (4) civilians.")
    assert injured(text) == {"civilians": 4}


def test_bracketed_count_of_no_role_stays_out() -> None:
    # look-alike: a bracketed number with no casualty verb before it is no figure
    text = ("Patrol\n\nA patrol of (4) vehicles of the Russian forces toured the countryside of Darbasiyah on Sunday.")
    assert killed(text) == {}
