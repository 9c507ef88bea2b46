"""Attacks that the weapon or the words around a fight made read as another kind.

* a place a side seized, recaptured, took control of or entered after a fight for it: that side's attack, not a clash;
* fire answered "by attacking" checkpoints or "with heavy machine guns" after a shelling: an attack, not more shelling;
* a hand grenade thrown by attackers or carried into their assault: their attack, not a bomb (a grenade that went off
  by itself stays a war remnant).

Every sentence here was written for these tests; places are real Syrian names, the events invented.
"""

from __future__ import annotations

from datetime import date

from observatory.extract import extract_report, to_contract
from observatory.models import Report


def _types(text: str) -> list[str]:
    row = to_contract("t", extract_report(Report(text=text, published=date(2021, 9, 14))))
    return [i["type"] for i in row["incidents"]]


def test_a_village_seized_after_days_of_fighting_is_the_attack_of_those_who_took_it() -> None:
    text = ("Opposition brigades seized the hilltop village of Kafr Owaid in Idlib on Monday, after four days of heavy "
            "fighting with army units, killing 15 soldiers and losing six of their own fighters.")
    assert _types(text) == ["attack"]


def test_troops_who_took_full_control_at_the_end_of_a_battle_attacked() -> None:
    text = ("Army units took full control of the farms east of Morek on Sunday at the end of a two-day battle with "
            "jihadist groups, in which 11 soldiers and 17 jihadists died.")
    assert _types(text) == ["attack"]


def test_a_fight_with_no_place_taken_stays_a_clash() -> None:
    text = ("Heavy fighting broke out on Monday between army units and jihadist groups on the outskirts of Morek, "
            "killing 11 soldiers and 17 jihadists.")
    assert _types(text) == ["clash"]


def test_fighters_who_answer_shelling_by_attacking_checkpoints_attack() -> None:
    text = ("Army artillery pounded the quarter of Tariq al-Sad in Daraa on Tuesday with mortar rounds, killing two "
            "civilians. Former rebels responded by attacking army checkpoints near Tafas, where five soldiers died.")
    assert _types(text) == ["shelling", "attack"]


def test_fire_answered_with_heavy_machine_guns_is_an_attack() -> None:
    text = ("Turkish-backed factions fired mortar rounds at the village of Um Harmala near Ain Issa on Tuesday, "
            "killing a farmer. The SDF responded by targeting a factions outpost west of Ain Issa with heavy machine "
            "guns, killing three of its members.")
    assert _types(text) == ["shelling", "attack"]


def test_a_hand_grenade_thrown_at_a_house_is_an_attack() -> None:
    text = ("On Sunday night two masked men on a motorbike had thrown two hand grenades into the yard of a fuel "
            "merchant in al-Jurdi village in the Deir Ezzor countryside, wounding his son.")
    assert _types(text) == ["attack"]


def test_a_checkpoint_stormed_with_hand_grenades_is_an_attack() -> None:
    text = ("Gunmen stormed an Asayish checkpoint at the entrance of al-Hol town on Sunday with rifles and hand "
            "grenades, killing two members.")
    assert _types(text) == ["attack"]


def test_a_grenade_that_went_off_by_itself_stays_a_war_remnant() -> None:
    text = ("A boy was wounded in the village of Tal Hamis on Sunday when an old hand grenade he found in a field "
            "exploded in his hands.")
    assert _types(text) == ["ied_landmine"]


def test_a_grenade_that_exploded_in_a_house_used_as_a_shelter_stays_a_war_remnant() -> None:
    text = ("An old man died on Friday in a school used as a shelter for displaced families when a hand grenade went "
            "off in one of its classrooms in the town of Nawa in the Daraa countryside.")
    assert _types(text) == ["ied_landmine"]


def test_a_truce_that_entered_into_force_after_clashes_takes_no_place() -> None:
    text = ("Four soldiers and three local fighters died in clashes between army units and local gunmen in Busra "
            "al-Harir in the Daraa countryside on Friday, a day after a ceasefire entered into force following weeks "
            "of clashes.")
    assert _types(text) == ["clash"]
