""""Raids attributed to Israel", "a raid believed to be by Israel": airstrikes, like the strikes so attributed.
Sentences written for these tests."""

from __future__ import annotations

from observatory.extract.events import event_type


def _kind(text: str) -> str | None:
    hit = event_type(text)
    return hit[0] if hit else None


def test_raids_attributed_to_israel_are_airstrikes() -> None:
    assert _kind("Depots near Al-Qusayr were destroyed in raids attributed to Israel, killing six militiamen.") == "airstrike"


def test_raid_believed_to_be_by_israel_is_an_airstrike() -> None:
    assert _kind("A raid believed to be by Israel killed four fighters near Al-Mayadin.") == "airstrike"


def test_look_alike_a_ground_raid_stays_an_attack() -> None:
    assert _kind("Security forces carried out a raid on a house in Tafas, killing a wanted man.") != "airstrike"
