"""A sentence that counts the dead of a calendar period over several events ("carried out 40 strikes ... in 2021,
killing 35 people", "since early 2022", "in March 2024", "throughout 2019") gives a period total, not the dead of the
latest strike the report tells after it. One event recalled with its month and year ("In May 2018, a similar blast
killed 11 people") keeps its figure, and so does an event beside a siege held "since 2016". Sentences written for
these tests."""

from __future__ import annotations

import pytest

from contract_rows import contract, killed_per_incident

PERIODS = ["in 2021", "since early 2022", "in March 2024", "throughout 2019"]


@pytest.mark.parametrize("period", PERIODS)
def test_toll_of_a_calendar_period_leaves_the_latest_strike(period: str) -> None:
    text = (f"Drones hit Tal Hamis\n\nTurkish drones carried out 40 strikes on villages held by the SDF around Tal "
            f"Hamis, Hasakah, {period}, killing 35 people, the monitor said in its count on Sunday.\nThe last strike, "
            "on Friday, hit a pickup truck near Tal Hamis, killing two SDF fighters.")
    assert killed_per_incident(contract(text)) == [{"sdf": 2}]


def test_one_event_recalled_by_month_and_year_keeps_its_toll() -> None:
    text = ("Blast in Tal Hamis\n\nOn Monday, a car bomb killed 4 civilians in Tal Hamis, Hasakah. In May 2018, a "
            "similar blast near the grain silo killed 11 people.")
    assert {"unknown": 11} in killed_per_incident(contract(text))


def test_siege_held_since_a_year_is_no_period_of_the_toll() -> None:
    text = ("Rockets on Tal Hamis\n\nOn Monday, militiamen fired rockets at Tal Hamis, Hasakah, a town they have "
            "encircled since 2016, killing 3 civilians.")
    assert killed_per_incident(contract(text)) == [{"civilians": 3}]


def test_deadliest_year_since_is_a_comparison() -> None:
    text = ("Strikes on Tal Hamis\n\nOn Monday, airstrikes on the market of Tal Hamis, Hasakah, killed 9 civilians, "
            "in the deadliest day of attacks on the town since 2019.")
    assert killed_per_incident(contract(text)) == [{"civilians": 9}]


def test_strike_beside_a_town_hit_for_a_period_keeps_its_toll() -> None:
    text = ("Strike on Tal Hamis\n\nOn Monday, a drone strike killed 4 SDF fighters in Tal Hamis, Hasakah, a town which "
            "has seen dozens of attacks since early 2022.")
    assert killed_per_incident(contract(text)) == [{"sdf": 4}]


def test_feud_dating_back_to_a_year_keeps_the_clash_toll() -> None:
    text = ("Clashes in Tal Hamis\n\nClashes broke out on Monday between the SDF and tribal fighters in Tal Hamis, "
            "Hasakah, over a dispute dating back to attacks in 2019, killing 5 SDF fighters.")
    assert killed_per_incident(contract(text)) == [{"sdf": 5}]


def test_a_year_told_after_the_day_figure_leaves_it_the_days() -> None:
    # A count of the day's own strikes, then the running count of the year told after the dead (review r36).
    text = ("Drone hits a car near Amuda\n\nTwo Turkish drone strikes hit a car on the road out of Amuda today, killing "
            "three SDF members, which brings the number of such strikes in 2024 to 40.")
    assert killed_per_incident(contract(text)) == [{"sdf": 3}]
