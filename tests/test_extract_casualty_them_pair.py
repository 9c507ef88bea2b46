"""Casualty figures: two people an attack was aimed at, named one by one, then killed or hurt as "them".

* "opened fire on a nurse and her husband ..., killing them both": two dead, of the side their words give;
* "shot at a farmer and his son ..., wounding them": two hurt;
* "killing both of its passengers": "both" counts the people of the owner named before it, as "its two passengers";
* a pair of two sides ("a soldier and a civilian ..., killing them both") is left alone: "them" gives no side for each.

Every sentence here was written for these tests; the places are real Syrian names, the events invented.
"""

from __future__ import annotations

from contract_rows import injured_sums, killed_sums

T = "Local update\n\n"


def test_pair_killed_as_them_both() -> None:
    text = T + ("Masked gunmen opened fire on a nurse and her husband as they drove back from Tafas on Sunday night, "
                "killing them both.")
    assert killed_sums(text) == {"civilians": 2}


def test_civilian_and_his_wife() -> None:
    text = T + "Two men on a motorbike opened fire on a civilian and his wife outside their home in Inkhil, killing them both."
    assert killed_sums(text) == {"civilians": 2}


def test_pair_wounded_as_them() -> None:
    text = T + "A sniper shot at a farmer and his son while they picked olives near Kansafra on Sunday, wounding them both."
    assert injured_sums(text) == {"civilians": 2}


def test_pair_of_two_sides_is_left_alone() -> None:
    text = T + "Gunmen opened fire on a regime soldier and a civilian in Sanamayn on Sunday, killing them both."
    assert killed_sums(text).get("civilians", 0) != 2


def test_both_of_its_passengers() -> None:
    text = T + "A Turkish drone struck a pickup near Amuda on Sunday, killing both of its passengers, two SDF fighters."
    assert killed_sums(text) == {"sdf": 2}


def test_both_of_its_vehicles_counts_no_one() -> None:
    text = T + "A Turkish drone struck an SDF post near Amuda on Sunday, destroying both of its vehicles and killing a fighter."
    assert killed_sums(text) == {"sdf": 1}
