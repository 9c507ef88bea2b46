"""A place named after "nearby", "neighbouring" or "adjacent" ("struck buildings in the nearby Al-Qusour neighbourhood",
"shells fell on the neighbouring village of X"): still where the event happened. Sentences written for these tests."""

from __future__ import annotations

from incident_cases import mentioned_places as _names


def test_the_nearby_neighbourhood_is_a_place() -> None:
    assert _names("Jets later struck buildings in the nearby Al-Qusour neighbourhood where gunmen had taken cover.") == \
        ["Al-Qusour"]


def test_the_neighbouring_town_is_a_place() -> None:
    assert _names("Two shells also landed in the neighbouring Hazano, wounding a child.") == ["Hazano"]


def test_look_alike_nearby_villages_name_no_place() -> None:
    assert _names("Shells also fell on nearby villages, causing material damage.") == []
