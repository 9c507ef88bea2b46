""""An SDF patrol was targeted with an IED ..., killing three fighters": a group named as the subject of a passive verb
of harm ("was targeted", "were ambushed") is the one hit, so the bare "fighters" killed are its men
(``casualty_sentence_sides.nearest_actor_side``); a group that did the deed ("ISIS cells attacked ..., killing three
fighters") still gives them no side.

Every sentence here was written for these tests; places are real Syrian names, the events invented.
"""

from __future__ import annotations

from contract_rows import contract


def _sides(text: str) -> list[tuple[dict[str, int], dict[str, int]]]:
    return [(incident["killed"], incident["injured"]) for incident in contract(text)["incidents"]]


def test_patrol_targeted_in_the_passive_is_the_victims_side() -> None:
    text = ("An SDF patrol was targeted with an IED near Al-Sabha in the eastern countryside of Deir Ezzor on Monday, "
            "killing three fighters and injuring two others.")
    assert _sides(text) == [({"sdf": 3}, {"sdf": 2})]


def test_convoy_ambushed_in_the_passive_is_the_victims_side() -> None:
    text = "A regime convoy was ambushed near Ithriya in the eastern countryside of Hama on Friday, killing four of its fighters."
    assert _sides(text) == [({"regime": 4}, {})]


def test_group_that_attacked_gives_the_fighters_no_side() -> None:
    text = ("ISIS cells attacked a post near Ithriya in the eastern countryside of Hama on Friday, killing four fighters.")
    assert _sides(text)[0][0] != {"isis": 4}
