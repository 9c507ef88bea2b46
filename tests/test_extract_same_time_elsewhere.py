"""Incidents: an event told "at the same time" (or "in the evening") in towns of its own, with no toll of its own, is
another incident; people a raid took from a village it stormed are the raid's captives, not another incident.

Every sentence here was written for these tests; none is taken from an evaluation set.
"""

from __future__ import annotations

from contract_rows import contract


def test_shelling_at_the_same_time_elsewhere_is_another_incident() -> None:
    text = (
        "A drone of the occupation army struck a house in the village of Tal Shair, east of Kobani, on Tuesday, "
        "killing two civilians.\n"
        "At the same time, the occupation army shelled the villages of Jarqala and Zarq, west of Kobani, with heavy "
        "artillery, causing damage to farmland."
    )
    rows = contract(text)["incidents"]
    assert len(rows) == 2


def test_same_kind_in_the_evening_elsewhere_is_another_incident() -> None:
    text = (
        "Turkish forces shelled the village of Hoshan, west of Ain Issa, on Friday, wounding a shepherd.\n"
        "In the evening, Turkish forces shelled the villages of Tal Tawil and Um al-Keif in the countryside of Tal Tamr."
    )
    rows = contract(text)["incidents"]
    assert len(rows) == 2


def test_same_time_in_the_same_town_is_the_same_incident() -> None:
    text = (
        "Turkish forces shelled the village of Hoshan, west of Ain Issa, on Friday, wounding a shepherd.\n"
        "At the same time, Turkish drones flew over Hoshan, and the shells damaged several houses in Hoshan."
    )
    rows = contract(text)["incidents"]
    assert len(rows) == 1


def test_women_taken_from_a_stormed_village_are_the_raids_captives() -> None:
    text = (
        "ISIS fighters stormed the villages of Al-Mataana, Al-Ghariya and Tima in the eastern countryside of Sweida "
        "on Wednesday, going from house to house.\n"
        "Regime warplanes later struck ISIS positions in the desert east of Sweida, killing 12 of its members.\n"
        "ISIS also abducted about 20 women and children from Al-Mataana village."
    )
    rows = contract(text)["incidents"]
    assert sorted(r["type"] for r in rows) == ["airstrike", "attack"]


def test_abduction_from_another_village_is_its_own_incident() -> None:
    text = (
        "ISIS fighters stormed the villages of Al-Mataana, Al-Ghariya and Tima in the eastern countryside of Sweida "
        "on Wednesday, going from house to house.\n"
        "ISIS also abducted a shepherd from the village of Shaqqa."
    )
    rows = contract(text)["incidents"]
    assert sorted(r["type"] for r in rows) == ["abduction", "attack"]
