"""A wanted man who blew himself up during a raid on him, told with "a" ("during a US raid on his hideout", "during a
security operation"), is the raid's event, not a suicide bombing, as with "during the raid" (sentences written for
these tests)."""

from __future__ import annotations

from observatory.extract.events import event_type


def _kind(text: str) -> str | None:
    found = event_type(text)
    return None if found is None else found[0]


def test_leader_blew_himself_up_during_a_us_raid_is_not_a_suicide_bombing() -> None:
    assert _kind("On February 3, the leader of the group blew himself up during a US raid on his hideout in the town "
                 "of Kansafra.") == "attack"


def test_detonated_belt_during_a_security_operation_is_not_a_suicide_bombing() -> None:
    assert _kind("A cell leader detonated his explosive belt during a security operation by the SDF in the village, "
                 "killing himself.") != "suicide_bombing"


def test_bomber_who_blew_himself_up_at_a_checkpoint_stays_a_suicide_bombing() -> None:
    assert _kind("A suicide bomber blew himself up at a checkpoint of the army near the town, killing three soldiers.") \
        == "suicide_bombing"
