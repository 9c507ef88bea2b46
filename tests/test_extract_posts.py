"""Gunmen who attacked, stormed or targeted a post of a side (a checkpoint, a position, a patrol) attacked the post:
when one of its men dies the incident is an attack, not a targeted killing; one person shot near his home stays an
assassination (incident_posts.attacked_post, read by assemble._single_target)."""

from __future__ import annotations

from observatory.extract import extract_report, to_contract
from observatory.extract.incident_posts import attacked_post
from observatory.models import Report


def _types(text: str) -> list[str]:
    return [incident["type"] for incident in to_contract("t", extract_report(Report(text=text)))["incidents"]]


def test_gunmen_who_attacked_a_roadblock_killing_a_guard_made_an_attack() -> None:
    text = ("Masked gunmen attacked a roadblock of the Military Security near the town of Nawa in the western "
            "countryside of Daraa on Monday night, killing one of its guards.")
    assert _types(text) == ["attack"]


def test_gunmen_who_stormed_a_checkpoint_killing_a_soldier_made_an_attack() -> None:
    text = ("Unknown gunmen stormed a checkpoint of the Air Force Intelligence near Inkhil yesterday, killing a soldier "
            "and wounding another, local sources said.")
    assert _types(text) == ["attack"]


def test_cell_members_who_targeted_a_patrol_made_an_attack() -> None:
    text = ("Gunmen believed to be ISIS cell members targeted a patrol of the Asayish on the edge of al-Shaddadi on "
            "Friday evening, killing a member of the patrol.")
    assert _types(text) == ["attack"]


def test_one_man_shot_near_his_home_stays_an_assassination() -> None:
    text = ("Unidentified gunmen opened fire on a member of the Eighth Brigade in front of his home in Busra al-Sham "
            "on Sunday evening, killing him on the spot before fleeing.")
    assert _types(text) == ["assassination"]


def test_a_man_shot_dead_on_his_way_to_his_post_is_not_a_post_attacked() -> None:
    assert not attacked_post("gunmen shot dead a soldier on his way to his post in Nawa")
    assert not attacked_post("a soldier who had left the position was shot dead by gunmen near his home")
