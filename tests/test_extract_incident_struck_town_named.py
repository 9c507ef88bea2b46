"""A town named only as what was struck ("regime forces shelled Kafr Nabl with rockets"), and a bombardment told in a
clause after another: its own incident, placed, and not the lead of the next paragraph.

* the object of shelled / bombed / bombarded / pounded / struck is a place when nothing else in the sentence places
  the event;
* an event told in a clause after another event of the same sentence ("..., while regime forces shelled B") is no lead
  that the next paragraph, about an event of another kind elsewhere, details.

Look-alikes: "shelled Jaysh al-Izza positions" (whose positions, not where); a struck town beside a town named with
"in" or "near" (the latter places the event); a lead sentence of its own with no figures still takes its details.

Sentences written for these tests.
"""

from __future__ import annotations

from contract_rows import contract, kinds, place_names
from incident_cases import mentioned_places as _names


def test_town_shelled_is_a_place() -> None:
    assert _names("Regime forces shelled Kafr Nabl with rockets this morning.") == ["Kafr Nabl"]


def test_town_bombarded_by_jets_is_a_place() -> None:
    assert _names("Russian jets pounded Maarat Harma at dawn.") == ["Maarat Harma"]


def test_look_alike_positions_of_a_group_are_no_place() -> None:
    assert _names("Regime artillery shelled Jaysh al-Izza positions overnight.") == []


def test_look_alike_struck_town_beside_a_located_one() -> None:
    assert _names("Jets struck Kansafra, killing two people near Ariha.") == ["Ariha"]


def test_clause_after_another_event_is_no_lead() -> None:
    row = contract("Escalation in Idlib\n\n"
                   "Regime helicopters dropped barrel bombs on the village of Kafr Oweid, while regime forces shelled "
                   "Kafr Nabl with rockets. No casualties were reported.\n\n"
                   "In the countryside of Hama, a fighter of the factions was killed by a regime sniper on the frontline "
                   "of al-Ziyara.")
    assert kinds(row) == ["airstrike", "shelling", "attack"]
    assert place_names(row)[1] == ["Kafr Nabl"]


def test_unplaced_clause_does_not_take_the_next_paragraph() -> None:
    row = contract("Escalation in Idlib\n\n"
                   "Regime helicopters dropped barrel bombs on the village of Kafr Oweid, while regime forces shelled "
                   "nearby villages with heavy rockets and artillery.\n\n"
                   "In the countryside of Hama, a fighter of the factions was killed by a regime sniper on the frontline "
                   "of al-Ziyara.")
    assert kinds(row) == ["airstrike", "attack"]
