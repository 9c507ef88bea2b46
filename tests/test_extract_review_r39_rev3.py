"""Review of round 39 (rev3): sentences near three new rules that the rules read too widely.

* ``casualty_joined``: the next sentence about the killer, told in the singular ("The gunman had worked with X", "The
  attacker had been recruiting young men for X"), gives the victim no side; nor does work for a civil body a group runs
  ("had worked with the regime's water company", "an SDF-run oil company": a worker).
* ``casualty_pronoun_along``: "wounding him and two young men" (no possessive, no "guards") are not his people.
* ``incident_story_town``: a thing in a village ("the farms outside Y") that a foreign force guards ("Turkish
  gendarmes", "Lebanese army") is no village of the story's governorate.

Look-alikes: the victim's own work for a group, "two of his men", "two guards", the farms around a village where the
regime shells.

Every sentence here was written for these tests; the towns are real Syrian names, the villages made up.
"""

from __future__ import annotations

from contract_rows import contract, governorates
from mention_rows import mentions

_SHOT = "Gunmen opened fire on a young man in Dael town in Daraa countryside on Monday, killing him. "
_LEAD = ("Strikes in the north\n\nRegime guns hit Kafr Nabl, a town south of Idlib city, "
         "on Tuesday, killing three civilians, a monitor said.\n\n")


_NO_SIDE = [("killed", 1, "unknown")]


def test_the_gunman_had_worked_for_a_group() -> None:
    assert mentions(_SHOT + "The gunman had worked with the regime's Military Security, locals said.") == \
        _NO_SIDE


def test_the_attacker_had_been_recruiting_for_a_group() -> None:
    assert mentions(_SHOT + "The attacker had been recruiting young men for the Fourth Division, the sources said.") == \
        _NO_SIDE


def test_the_assailant_who_had_worked_with_a_group() -> None:
    assert mentions(_SHOT + "The assailant, who had worked with ISIS, fled.") == _NO_SIDE


def test_work_for_a_company_a_group_runs() -> None:
    assert mentions(_SHOT + "He had worked for several months with the regime's water company as a technician.") == \
        _NO_SIDE
    assert mentions(_SHOT + "He had worked for several months with an SDF-run oil company in Raqqa as a driver.") == \
        _NO_SIDE


def test_look_alike_the_victim_worked_for_a_force() -> None:
    assert mentions(_SHOT + "He had worked for several months with the regime's Military Security.") == \
        [("killed", 1, "regime")]


def test_him_and_two_young_men_are_not_his_people() -> None:
    text = "A sniper shot a regime soldier at a checkpoint in Inkhil in Daraa on Tuesday, wounding him and two young men."
    assert sorted(mentions(text), key=str) == [("injured", 1, "regime"), ("injured", 2, "unknown")]


def test_look_alike_him_and_two_of_his_men() -> None:
    text = "Gunmen attacked a regime officer in Inkhil in Daraa on Tuesday, killing him and two of his men."
    assert mentions(text) == [("killed", 3, "regime")]


def test_farms_outside_a_village_turkish_gendarmes_guard() -> None:
    row = contract(_LEAD + "On Wednesday, a Syrian refugee was shot dead by Turkish gendarmes at the farms outside "
                   "Reyhanli.")
    assert governorates(row)[1] is None


def test_quarries_around_a_village_the_lebanese_army_shells() -> None:
    row = contract(_LEAD + "On Wednesday, Lebanese army fire hit the quarries around Jurd Hmayyed, killing a Syrian "
                   "worker.")
    assert governorates(row)[1] is None


def test_look_alike_farms_outside_a_village_regime_shells() -> None:
    row = contract(_LEAD + "On Wednesday, regime shells hit the farms outside Tell Zaarouna, killing a farmer.")
    assert governorates(row) == ["Idleb", "Idleb"]


def test_look_alike_joined_a_military_council() -> None:
    assert mentions(_SHOT + "He had joined the SDF's Deir Ezzor Military Council last year.") == [("killed", 1, "sdf")]


def test_look_alike_worked_with_an_intelligence_directorate() -> None:
    assert mentions(_SHOT + "He had worked for several months with the regime's Air Force Intelligence Directorate.") == \
        [("killed", 1, "regime")]
