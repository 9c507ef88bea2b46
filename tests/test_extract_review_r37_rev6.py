"""Review of round 37 (rev6): look-alikes of the gaps2 rules that the rules overreached on.

* "came under fire" as criticism ("from rights groups", "at home over the losses") is no attack
  (incident_under_fire.py ``_CRITICISM``);
* a quadcopter shot down, seen flying or filming is no drone strike: only one that strikes or kills, or a strike made by
  or from one (events.py ``_QUADCOPTER``);
* "bombs left over 20 dead" and "rockets from former fighting positions" are no war remnants (events.py ``_REMNANT_BOMB``);
* "hanged himself" counts no dead of the conflict (casualty_groups.py ``KILL_WORD``);
* the monitor's share of the dead by place after another source's toll is a share, not a correction, unless it names
  the event back ("in the ambush") (incident_split.py ``part_of_toll``);
* "one of the wounded civilians" died, or a rise of a side's toll already told ("raising the SDF death toll"), keeps its
  own side (casualty_wounded_rise.py).

Every sentence here was written for these tests; places are real Syrian names, the events invented.
"""

from __future__ import annotations

from contract_rows import contract, kinds
from contract_rows import killed_sums as killed

T = "Monitor update\n\n"


def test_came_under_fire_as_criticism_is_no_attack() -> None:
    assert kinds(contract(T + "The Kurdish-led administration came under fire from rights groups on Tuesday after it "
                              "detained three reporters in Amuda.")) == []
    assert kinds(contract(T + "The Turkish government has come under fire at home over the losses of its troops in "
                              "Idlib this winter.")) == []


def test_came_under_fire_from_forces_stays_an_attack() -> None:
    assert kinds(contract(T + "An army checkpoint came under fire from ISIS cells near Inkhil on Sunday, and two "
                              "soldiers were killed.")) == ["attack"]


def test_quadcopter_downed_or_seen_is_no_drone_strike() -> None:
    assert kinds(contract(T + "HTS fighters shot down a quadcopter belonging to government forces above Kansafra on "
                              "Friday.")) != ["drone_strike"]
    assert kinds(contract(T + "A government quadcopter was spotted flying above the front near Kabani on Monday, while "
                              "clashes killed three HTS members.")) == ["clash"]


def test_bombs_that_left_many_dead_are_no_remnants() -> None:
    assert kinds(contract(T + "Government barrel bombs left over 15 civilians dead in Kafr Zita on Sunday.")) \
        != ["ied_landmine"]
    assert kinds(contract(T + "Government troops fired rockets from old fighting positions near Kafr Nubl on Friday, "
                              "killing a shepherd in Hazarin.")) != ["ied_landmine"]


def test_hanged_himself_counts_no_dead() -> None:
    assert killed(T + "A young man hanged himself in his flat in Qamishli on Sunday after months without work, his "
                      "family said.") == {}


def test_monitor_shares_by_place_after_a_claim_keep_the_toll() -> None:
    text = T + ("State media said 6 civilians were killed in rocket fire on Aleppo. The Syrian Observatory recorded the "
                "death of two civilians in the Hamdaniyah district and four in al-Zahraa.")
    assert killed(text) == {"civilians": 6}


def test_wounded_rise_keeps_a_side_named_or_told() -> None:
    text = T + ("Clashes near Tal Tamr killed a government soldier and wounded three others, while two SDF fighters "
                "were killed. One of the wounded died later, raising the SDF death toll to three.")
    assert killed(text) == {"regime": 1, "sdf": 3}
    text = T + ("Government shelling on Kafr Nabl killed a boy and wounded four government soldiers at a nearby post. "
                "One of the wounded people died in hospital, raising the death toll to two civilians.")
    assert killed(text) == {"civilians": 2}
