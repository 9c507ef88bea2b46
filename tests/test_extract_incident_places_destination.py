"""Where a road or a victim was going ("kidnapped a man from X on the road to Y", "abducted while heading to his work
in Y"): not where the event happened, when the sentence names another place; named alone, the road's end still places
it. Sentences written for these tests."""

from __future__ import annotations

from observatory.extract.incident_places import event_places
from observatory.extract.places import place_mentions


def _names(text: str) -> list[str]:
    return [p.name for p in event_places(text, place_mentions(text, 0, len(text)), 0)]


def test_road_to_the_capital_after_a_home_town_is_left_out() -> None:
    assert _names("Gunmen kidnapped a young man from Salkhad on the road to Damascus on Friday.") == ["Salkhad"]


def test_work_he_was_heading_to_is_left_out() -> None:
    names = _names(
        "The body of a man was found near the town of Jasim, days after he was abducted while he was "
        "heading to his work in Damascus."
    )
    assert "Damascus" not in names and "Jasim" in names


def test_road_end_named_alone_keeps_the_place() -> None:
    assert _names("Rebels ambushed a convoy on the road to Mleiha, killing six soldiers.") == ["Mleiha"]
