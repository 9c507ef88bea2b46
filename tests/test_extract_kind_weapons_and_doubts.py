"""Incidents: the kind read where the text doubts the weapon or names it inside an assault.

* an explosion of unknown cause that the text wonders may have been a drone ("it is not known whether a drone caused
  it") is `other`;
* drones shot down "at dawn on Monday" (a time phrase between the verb and the drones) are `other`, no drone strike;
* "the coalition's strikes" are airstrikes;
* bodies found days after "gunmen believed to belong to" a group abducted them are captives killed (an execution);
* rockets or RPG shells fired together with machine guns by those who "attacked" a post are the weapons of the
  attack, not shelling; one shot dead "by a sniper" in another place after such an assault is another incident;
* one shot dead "during a quarrel with members of" a faction, and members who "traded fire", clash.

Look-alikes: a drone said to have struck stays a drone strike; positions "targeted with heavy machine guns and mortar
shells" stay shelling; a quarrel with members of one's own family stays a murder (`other`).

Every sentence here was written for these tests; none is taken from an evaluation set.
"""

from __future__ import annotations

from contract_rows import contract, kinds

_HEAD = "Syrian Observatory for Human Rights\nDaily news\n\n"


def test_blast_of_unknown_cause_with_a_drone_wondered_about_is_other() -> None:
    row = contract(
        _HEAD + "An explosion of unknown cause hit a weapons store of regime forces near the town of Jayrud "
        "on Tuesday night, killing two soldiers. Local pages said that a drone strike might have "
        "caused the blast, but this could not be confirmed."
    )
    assert kinds(row) == ["other"]


def test_drone_that_struck_stays_a_drone_strike() -> None:
    row = contract(
        _HEAD + "A Turkish drone struck a car near the town of Amuda on Tuesday night, killing two SDF members."
    )
    assert kinds(row) == ["drone_strike"]


def test_drones_shot_down_after_a_time_phrase_are_other() -> None:
    row = contract(
        _HEAD + "Air defences of the Hmeimim base shot down at dawn on Monday two drones that the factions "
        "had launched from the countryside of Idlib, with no casualties."
    )
    assert kinds(row) == ["other"]


def test_the_coalitions_strikes_are_airstrikes() -> None:
    row = contract(
        _HEAD + "One of the coalition's strikes hit a house in the village of al-Bahra on the 3rd of May "
        "2018, killing nine civilians."
    )
    assert kinds(row) == ["airstrike"]


def test_rockets_with_machine_guns_in_an_assault_are_an_attack() -> None:
    row = contract(
        _HEAD + "ISIS cells attacked a post of regime forces near the town of Kabajeb on Sunday night with "
        "heavy machine guns and RPG shells, killing three soldiers."
    )
    assert kinds(row) == ["attack"]


def test_look_alike_targeted_with_machine_guns_and_mortar_shells_stays_shelling() -> None:
    row = contract(
        _HEAD + "The factions targeted positions of regime forces in the town of Kafr Nabl with heavy "
        "machine guns and mortar shells on Sunday, killing a soldier."
    )
    assert kinds(row) == ["shelling"]


def test_sniper_killing_after_an_assault_is_another_incident() -> None:
    row = contract(
        _HEAD + "Fighters of a jihadist group attacked a regime position near the village of Tell Wasit "
        "with rockets and machine guns on Monday, killing three soldiers. In the same area, a soldier "
        "was shot dead by a sniper of the group near the village of al-Ziyara."
    )
    assert kinds(row) == ["attack", "attack"]


def test_shot_in_a_quarrel_with_members_of_a_faction_is_a_clash() -> None:
    row = contract(
        _HEAD + 'A fighter of the "Sultan Murad Division" was shot dead on Friday during a quarrel with members of the '
        '"Hamza Division" near the town of Qabasin.'
    )
    assert kinds(row) == ["clash"]


def test_look_alike_quarrel_with_his_own_family_stays_a_murder() -> None:
    row = contract(
        _HEAD + "A young man was shot dead on Friday during a quarrel with members of his own family over an "
        "inheritance in the town of Qabasin."
    )
    assert kinds(row) == ["other"]


def test_members_of_two_factions_who_traded_fire_clash() -> None:
    row = contract(
        _HEAD + "A woman was killed on Friday when members of two factions traded fire in a market of the town of "
        "Qabasin."
    )
    assert kinds(row) == ["clash"]


def test_bodies_found_after_gunmen_believed_to_be_of_a_group_took_them_is_an_execution() -> None:
    row = contract(
        _HEAD + "The bodies of two herders were found on Sunday in the desert near the town of Maadan, days after "
        "gunmen believed to belong to ISIS cells had abducted them with their flock."
    )
    assert kinds(row) == ["execution"]
