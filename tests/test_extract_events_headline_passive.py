"""A toll line in a headline's short passive ("Toll: three army soldiers killed, one hurt") names the victims, not the
killer: the doer comes from the account under it. Sentences written for these tests."""

from __future__ import annotations

from contract_rows import contract


def _perpetrators(text: str) -> list[str | None]:
    return [incident["perpetrator"] for incident in contract(text)["incidents"]]


def test_labelled_toll_line_names_no_killer() -> None:
    text = ("At a glance:\n- When: Tuesday night\n- Where: Tal Hamis, Hasakah countryside\n- Toll: three Asayish members "
            "killed, one hurt\n\nGunmen of ISIS raided an Asayish post in Tal Hamis, killing three members and wounding "
            "one.")
    assert _perpetrators(text) == ["isis"]


def test_review_counted_victims_line_keeps_the_killer() -> None:
    text = ("Facts in brief\n\n2 Asayish members killed\n\nGunmen of ISIS fired on a patrol of the Asayish near "
            "Tal Hamis in the Hasakah countryside on Monday, killing two members.")
    assert _perpetrators(text) == ["isis"]


def test_review_counted_actor_with_an_object_is_the_killer() -> None:
    text = ("Two SDF fighters killed an ISIS member who tried to cross into Shuhayl in the Deir Ezzor countryside on "
            "Sunday.")
    assert _perpetrators(text) == ["sdf"]


def test_review_uncounted_actor_that_killed_is_the_killer() -> None:
    text = "ISIS cells killed two shepherds near Maadan in the Raqqa countryside on Friday."
    assert _perpetrators(text) == ["isis"]


def test_review_rev4_at_least_after_killed_opens_the_object() -> None:
    text = "Three ISIS gunmen killed at least two shepherds near Maadan in the Raqqa countryside on Friday."
    assert _perpetrators(text) == ["isis"]


def test_review_rev4_as_many_as_after_killed_opens_the_object() -> None:
    text = "Two ISIS cells killed as many as nine soldiers at a post near Ithriyah in the Hama countryside on Saturday."
    assert _perpetrators(text) == ["isis"]


def test_review_rev4_lone_toll_line_keeps_its_dead() -> None:
    row = contract("Toll: five Asayish members killed, three wounded")
    assert [(i["killed"], i["injured"]) for i in row["incidents"]] == [({"sdf": 5}, {"sdf": 3})]


def test_review_rev4_full_passive_count_alone_stays_a_statistic() -> None:
    assert contract("Five Asayish members were killed, one wounded")["incidents"] == []
