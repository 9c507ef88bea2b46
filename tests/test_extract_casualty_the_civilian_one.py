"""One person named by role with a definite article and "civilian" before the role ("wounding the civilian driver of a
truck", "killing its civilian driver", "injuring the civilian owner"): one civilian, read as "killing the driver" is
(``casualty_unnumbered._THE_ONE``).

Every sentence here was written for these tests; places are real Syrian names, the events invented.
"""

from __future__ import annotations

from contract_rows import injured_sums, killed_sums


def test_wounding_the_civilian_driver_of_a_passing_truck() -> None:
    text = ("Drone kills three SDF fighters\n\nA Turkish drone targeted a military vehicle near Amude on Tuesday, killing "
            "three SDF fighters and wounding the civilian driver of a truck that was passing by.")
    assert killed_sums(text) == {"sdf": 3}
    assert injured_sums(text) == {"civilians": 1}


def test_killing_its_civilian_driver() -> None:
    text = "Drone strike\n\nA Turkish drone targeted a fuel truck near Amude on Tuesday, killing its civilian driver."
    assert killed_sums(text) == {"civilians": 1}


def test_injuring_the_civilian_owner() -> None:
    text = "Shelling on Kafr Nabl\n\nRegime forces shelled a shop in Kafr Nabl on Tuesday, injuring the civilian owner."
    assert injured_sums(text) == {"civilians": 1}
