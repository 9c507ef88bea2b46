"""Plain misreadings of words and grammar any report can use (round 37, gaps2):

* a post or patrol that "came under fire" suffered an attack (events.py, ``attack``), also where the toll follows in
  the next sentence;
* drones named otherwise ("a quadcopter", "a loitering munition") strike as drones (events.py, ``drone_strike``);
* a bomb of a past attack that goes off now ("a cluster bomb left over from earlier bombardment", "a shell from previous
  shelling") is a war remnant (events.py ``_REMNANT_BOMB``);
* passive killing verbs ("was hanged", "was strangled", "beaten to death") count the dead (casualty_groups.py
  ``KILL_WORD``), a murder (`other`) where no other kind is told;
* the monitor's count after another source's claim is a correction, not the share of a place it names
  (incident_monitor.py ``monitor_answers``);
* a toll that rises because one of the wounded died is of the wounded's side (casualty_wounded_rise.py).

Every sentence here was written for these tests; places are real Syrian names, the events invented.
"""

from __future__ import annotations

from contract_rows import contract, kinds
from contract_rows import injured_sums as injured
from contract_rows import killed_sums as killed

T = "Monitor update\n\n"


def test_came_under_fire_then_toll_in_next_sentence() -> None:
    row = contract(T + "A roadblock manned by government troops came under fire outside Inkhil late on Tuesday. "
                       "Two soldiers died and a third was hurt.")
    assert kinds(row) == ["attack"]
    assert killed(T + "A roadblock manned by government troops came under fire outside Inkhil late on Tuesday. "
                      "Two soldiers died and a third was hurt.") == {"regime": 2}


def test_came_under_heavy_fire_with_toll_is_an_attack() -> None:
    assert kinds(contract(T + "An army supply truck came under heavy fire on the Ithriyah road on Friday, leaving "
                              "three soldiers dead.")) == ["attack"]


def test_quadcopter_and_loitering_munition_are_drones() -> None:
    assert kinds(contract(T + "A small quadcopter let fall a hand grenade onto an army trench outside Kabani on "
                              "Sunday, killing a soldier.")) == ["drone_strike"]
    assert kinds(contract(T + "A loitering munition slammed into a farmhouse in Kafr Aruq on Wednesday, killing "
                              "an elderly farmer.")) == ["drone_strike"]


def test_bomb_left_from_earlier_bombardment_is_a_war_remnant() -> None:
    assert kinds(contract(T + "A cluster bomb that had been left over from earlier air raids went off in an olive "
                              "grove near Binnish, killing a boy.")) == ["ied_landmine"]
    assert kinds(contract(T + "A mortar round from past shelling blew up in a yard in Jisr al-Shughur on Monday, "
                              "killing two brothers.")) == ["ied_landmine"]


def test_passive_killing_verbs_count_the_dead() -> None:
    text = T + "A teenage boy was hanged by masked men at a farm near Busra al-Harir on Thursday."
    assert kinds(contract(text)) == ["other"]
    assert sum(killed(text).values()) == 1
    text = T + "An elderly woman was strangled inside her shop in the town of Shahba on Saturday."
    assert sum(killed(text).values()) == 1


def test_monitor_count_after_a_claim_wins_even_with_a_place_clause() -> None:
    text = T + ("ISIS said in a statement that its members had killed 18 regime soldiers in an ambush. The "
                "Observatory, however, confirmed the death of 6 soldiers in the ambush, which happened west of "
                "Kabajeb.")
    assert killed(text) == {"regime": 6}


def test_toll_risen_by_a_wounded_man_is_of_the_wounded_side() -> None:
    text = T + ("Regime rockets struck a Turkish base outside Atarib, killing one Turkish soldier and wounding four "
                "others. One of the wounded soldiers subsequently died, raising the toll to two.")
    assert killed(text) == {"turkey_factions": 2}
    assert injured(text) == {"turkey_factions": 4}
