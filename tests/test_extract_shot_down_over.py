"""A town after "over" where a drone or an aircraft was brought down (place_shot_down).

"HTS fighters shot down a reconnaissance drone over Sarmin" happened at Sarmin, as "in Sarmin" would say; without the
place the shot-down drone ran into the event told before it and was lost. "over" after no such verb names no place: a
drone only seen flying over a town, "tensions over Idlib", "took over Afrin", "over 20 people".

Every sentence here was written for these tests; places are real Syrian names, the events invented.
"""

from __future__ import annotations

from contract_rows import contract, governorates, kinds, place_names


def test_shot_down_over_town_is_own_incident() -> None:
    row = contract("Front update\n\nRegime artillery pounded the outskirts of Kabana in the Latakia mountains on Thursday. "
                   "Separately, HTS fighters shot down a reconnaissance drone over Sarmin.")
    assert kinds(row) == ["shelling", "other"]
    assert place_names(row)[1] == ["Sarmin"]
    assert governorates(row)[0] == "Lattakia"


def test_downed_drone_over_town_named_as_place() -> None:
    row = contract("Air defences active\n\nLate on Monday, government air defences downed a small drone over Saraqib, "
                   "a local source said.")
    assert kinds(row) == ["other"]
    assert place_names(row) == [["Saraqib"]]


def test_intercepted_over_town_after_toll_event() -> None:
    row = contract("Night of strikes\n\nA rocket fired by the factions killed a soldier at a post near Kafr Nabl on Sunday. "
                   "Meanwhile, Russian air defences intercepted two drones over Hmeimim before dawn.")
    assert len(row["incidents"]) == 2
    assert place_names(row)[1] == ["Hmeimim"]


def test_drone_seen_flying_over_town_is_no_place() -> None:
    row = contract("Shelling on villages\n\nTurkish artillery shelled the village of Um al-Kef on Tuesday, killing a soldier. "
                   "The bombardment came as a surveillance drone was circling over Abu Rasin for hours.")
    assert len(row["incidents"]) == 1


def test_over_without_bringing_down_is_no_place() -> None:
    row = contract("Talks stall\n\nGunmen killed a fighter of the factions in the town of Tafas on Friday. "
                   "The killing came amid tensions over Daraa al-Balad and a dispute over Jasim between local leaders.")
    assert len(row["incidents"]) == 1
    assert "Jasim" not in place_names(row)[0]


def test_brought_down_while_flying_over_town() -> None:
    row = contract("Drone down\n\nGovernment guns shelled the town of Kansafra on Monday. Rebels shot down a spy drone, "
                   "thought to be Iranian-made, while flying over Maarat Harma in southern Idlib.")
    assert kinds(row) == ["shelling", "other"]
    assert place_names(row)[1][0] == "Maarat Harma"


def test_drone_seen_while_flying_over_town_is_no_place() -> None:
    row = contract("Drone seen\n\nTurkish artillery shelled the village of Um al-Kef on Tuesday, killing a soldier. "
                   "A surveillance drone was seen while flying over Abu Rasin.")
    assert len(row["incidents"]) == 1


def test_look_alike_row_over_town_is_no_place() -> None:
    row = contract("Drone down\n\nTurkish troops shot down a small drone on Friday amid a bitter row over Tal Abyad "
                   "with the SDF, a local source said.")
    assert all("Tal Abyad" not in names for names in place_names(row))


def test_look_alike_control_over_town_is_no_place() -> None:
    row = contract("Front update\n\nRegime guns shelled the village of Kansafra on Monday, killing a boy. Later, the "
                   "factions shot down a drone and tightened their control over Kafr Nabl.")
    assert all("Kafr Nabl" not in names for names in place_names(row))
