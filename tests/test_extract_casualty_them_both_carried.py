"""The people in a vehicle that was hit, killed or hurt as "them" (``casualty_them``): "targeted a car carrying two
commanders of X, killing them both", "a vehicle transporting three members of Y, wounding them all". Look-alike: a
vehicle carrying things, with no people hurt, gives no figure.

Every sentence here was written for these tests; places are real Syrian names, the events invented.
"""

from __future__ import annotations

from contract_rows import injured_sums as injured
from contract_rows import killed_sums as killed


def test_car_carrying_two_killing_them_both() -> None:
    text = ("Drone strike near Sarmada\n\nA drone targeted a car carrying two commanders of Hurras al-Din near Sarmada on "
            "Monday, killing them both.")
    assert killed(text) == {"hts_rebels": 2}


def test_vehicle_transporting_three_wounding_them_all() -> None:
    text = ("Drone strike near Ain Issa\n\nA Turkish drone struck a vehicle transporting three members of the SDF near Ain "
            "Issa on Monday, wounding them all.")
    assert injured(text) == {"sdf": 3}


def test_truck_carrying_things_counts_no_one() -> None:
    text = ("Strike near Ain Issa\n\nA Turkish drone struck a truck carrying two tons of flour near Ain Issa on Monday, "
            "setting it on fire.")
    assert killed(text) == {}
    assert injured(text) == {}
