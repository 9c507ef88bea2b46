"""Aircraft that only search an area ("coalition helicopters combed the surrounding farms overnight") struck nothing:
the sentence is no airstrike; a strike told in the same words stays one (sentences written for these tests)."""

from __future__ import annotations

from observatory.extract.events import event_type


def _kind(text: str) -> str | None:
    found = event_type(text)
    return None if found is None else found[0]


def test_helicopters_combing_farms_after_a_shooting_leave_the_attack() -> None:
    assert _kind("The gunmen fled after a brief firefight, and SDF units and coalition helicopters combed the "
                 "surrounding farms overnight.") != "airstrike"


def test_helicopters_searching_the_area_are_no_airstrike() -> None:
    assert _kind("Russian helicopters searched the area for the attackers until the morning.") is None


def test_warplanes_scouring_the_desert_are_no_airstrike() -> None:
    assert _kind("Warplanes scoured the desert around the town after the ambush.") != "airstrike"


def test_helicopters_that_combed_and_struck_a_car_stay_an_airstrike() -> None:
    assert _kind("Coalition helicopters combed the area and struck a car near the village, killing two men.") == "airstrike"
