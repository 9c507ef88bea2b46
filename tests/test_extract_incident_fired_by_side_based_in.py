"""Where the side that fires is based ("Rebels in Eastern Ghouta responded by firing rockets at Damascus", "Militants
stationed in X shelled Y"): where the shells came from, not where they fell, when the sentence names that place too.
Sentences written for these tests."""

from __future__ import annotations

from contract_rows import contract
from observatory.extract.incident_places import event_places
from observatory.extract.places import place_mentions


def _names(text: str) -> list[str]:
    return [p.name for p in event_places(text, place_mentions(text, 0, len(text)), 0)]


def test_rebels_in_a_place_firing_at_another_leave_their_base_out() -> None:
    assert "Eastern Ghouta" not in _names("Rebels in Eastern Ghouta responded by firing mortar shells at the Qassaa "
                                          "district of Damascus, killing a child.")


def test_militants_stationed_in_a_town_shelling_another_leave_their_base_out() -> None:
    names = _names("Militants stationed in Kafr Zita shelled the town of Mhardeh, wounding two women.")
    assert "Kafr Zita" not in names and "Mhardeh" in names


def test_shells_from_the_enclave_on_the_capital_are_in_damascus() -> None:
    row = contract("Shelling on the capital\n\nRebel factions in Eastern Ghouta responded by firing rockets on the "
                   "capital Damascus this morning, hitting the areas of Bab Touma and al-Qassaa, killing two civilians.")
    assert [i["governorate"] for i in row["incidents"]] == ["Damascus"]


def test_look_alike_rebels_in_a_town_killed_there_keep_the_town() -> None:
    assert "Kafr Zita" in _names("Rebels in Kafr Zita were killed by shelling on Monday.")


def test_shells_fired_by_factions_in_a_region_that_landed_elsewhere_leave_the_region_out() -> None:
    names = _names("Rockets fired by the factions operating in the Idlib region landed on the town of Mhardeh in the "
                   "countryside of Hama, wounding three women.")
    assert "Idlib" not in names and "Mhardeh" in names


def test_shells_fired_by_a_side_from_its_positions_in_a_countryside_leave_it_out() -> None:
    names = _names("Shells fired by the SDF from their positions in the countryside of Manbij fell on a market in "
                   "the town of Jarablus.")
    assert "Manbij" not in names and "Jarablus" in names


def test_shots_fired_by_gunmen_in_a_town_alone_keep_the_town() -> None:
    assert _names("Bullets fired by unknown gunmen in Tafas killed a young man.") == ["Tafas"]
