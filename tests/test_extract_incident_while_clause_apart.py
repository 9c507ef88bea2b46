"""Incidents: a clause after "while"/"whereas" that tells an event apart from the one before it.

* Another victim of the same kind of event in a town of its own ("Gunmen shot dead a teacher in A, while a driver
  was killed by gunfire of the same gunmen near B"): two incidents.
* A first half that tells of no violent event and no dead ("Dozens of residents protested in A, whereas gunmen
  stormed a checkpoint near B, killing a guard"): the second half is an incident of its own, however the sentence
  before it is told.

Look-alikes: the second victim in the same village, and a victim killed by stray bullets with no town of its own,
stay the incident's.

Every sentence here was written for these tests; none is taken from an evaluation set.
"""

from __future__ import annotations

from contract_rows import contract, killed_per_incident, kinds, place_names

_HEAD = "Syrian Observatory for Human Rights\nGunmen kill two in Daraa countryside\n\n"


def test_same_kind_victim_in_another_town_is_another_incident() -> None:
    row = contract(_HEAD + "Unidentified gunmen shot dead a school teacher in Nawa city in the western countryside of "
                           "Daraa on Monday night, while a lorry driver was killed by gunfire of the same gunmen near "
                           "Tasil village.")
    assert len(kinds(row)) == 2
    assert [names[0] for names in place_names(row)] == ["Nawa", "Tasil"]


def test_quiet_first_half_leaves_the_attack_its_own_incident() -> None:
    row = contract(_HEAD + "A car bomb went off near a bakery in Jasim city in the northern countryside of Daraa on "
                           "Sunday, killing three civilians. "
                           "In protest, dozens of residents gathered in the main square of Jasim condemning the "
                           "security chaos, whereas local gunmen stormed a checkpoint of the Military Security near "
                           "Inkhil town, killing a guard and capturing two others.")
    assert len(kinds(row)) == 2
    assert [sum(k.values()) for k in killed_per_incident(row)] == [3, 1]


def test_look_alike_victim_in_the_same_village_stays() -> None:
    row = contract(_HEAD + "Unidentified gunmen shot dead a school teacher in Nawa city in the western countryside of "
                           "Daraa on Monday night, while a lorry driver was killed by gunfire of the same gunmen in the "
                           "same town.")
    assert len(kinds(row)) == 1


def test_look_alike_stray_bullets_without_a_town_stay() -> None:
    row = contract(_HEAD + "Unidentified gunmen shot dead a school teacher in Nawa city in the western countryside of "
                           "Daraa on Monday night, while a passer-by was wounded by stray bullets.")
    assert len(kinds(row)) == 1
