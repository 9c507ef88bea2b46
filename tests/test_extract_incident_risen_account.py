"""Incidents: a lead that gives an incident's toll as risen, then the next paragraph telling the incident from the start
with its first, lower toll ("An IED went off as the patrol passed on Monday morning, killing two fighters on the spot"),
is one incident counted once: the risen toll stands, the account gives the kind, actors and wounded
(``incident_risen_account``).

Look-alikes: an earlier event recalled on a calendar day, an event told as another ("In a separate attack"), one of
far fewer dead than the risen toll, a lead whose toll is not said to have rise: each stays an incident of its own.

Every sentence here was written for these tests; places are real Syrian names, the events invented.
"""

from __future__ import annotations

from contract_rows import contract, kinds, summed

_LEAD = ("Toll of the Markadah blast rises to four SDF fighters\n\n"
         "HASAKAH, Syria (North Press) - The toll of a blast that targeted a patrol of the Syrian Democratic Forces (SDF) "
         "near the town of Markadah, south of Hasakah, rose on Thursday to four dead, after a fighter died of his "
         "wounds in hospital.\n\n")


def test_account_from_the_start_after_a_risen_lead_is_the_same_incident() -> None:
    row = contract(_LEAD + "A military source said a roadside bomb planted near Markadah went off as the patrol "
                           "passed on Wednesday morning, killing three fighters on the spot and wounding two others.")
    assert len(row["incidents"]) == 1
    assert summed(row, "killed") == {"sdf": 4}
    assert kinds(row) == ["ied_landmine"]


def test_account_naming_the_target_back_is_the_same_incident() -> None:
    row = contract("Update: the death toll has risen to six civilians, after a wounded woman died this evening.\n\n"
                   "SOHR activists reported that a car bomb went off near the bakery in the town of Azaz this "
                   "afternoon, killing five civilians and injuring eleven others.")
    assert len(row["incidents"]) == 1
    assert summed(row, "killed") == {"civilians": 6}


def test_look_alike_calendar_day_recalled_stays_apart() -> None:
    row = contract(_LEAD + "On March 3, a roadside bomb near Markadah killed three fighters of the SDF.")
    assert len(row["incidents"]) == 2


def test_look_alike_separate_attack_stays_apart() -> None:
    row = contract(_LEAD + "In a separate attack, gunmen opened fire on a checkpoint near Markadah on Wednesday "
                           "night, killing three fighters.")
    assert len(row["incidents"]) == 2


def test_look_alike_far_fewer_dead_than_the_risen_toll_stays_apart() -> None:
    row = contract("The death toll of the car bomb in the market of Azaz has risen to 12 civilians, after three "
                   "of the wounded died.\n\n"
                   "On Sunday, two civilians were killed when an explosive device went off in their car near Azaz.")
    assert len(row["incidents"]) == 2


def test_look_alike_lead_over_two_towns_told_one_by_one_stays_apart() -> None:
    row = contract("The toll of the twin blasts that hit the towns of Jarablus and Al-Rai has risen to ten people, "
                   "SOHR said on Tuesday.\n\n"
                   "On Monday evening, a motorcycle bomb exploded near a mosque in Jarablus, killing six people.\n\n"
                   "An hour later, a car bomb went off at the entrance of Al-Rai, killing two people.")
    assert sorted(summed({"incidents": [i]}, "killed").get("unknown", 0) for i in row["incidents"]) == [2, 6, 10]


def test_weapon_named_back_in_another_village_is_the_same_incident() -> None:
    row = contract("The toll of a landmine blast that hit shepherds in the desert of al-Sukhnah rose to four on Friday, "
                   "after one of the wounded died.\n\n"
                   "A relative said the mine exploded under their motorcycle near the village of Arak on Thursday, "
                   "killing three of them.")
    assert len(row["incidents"]) == 1
    assert summed(row, "killed") == {"civilians": 4}


def test_look_alike_target_with_a_town_of_its_own_stays_apart() -> None:
    row = contract("The death toll of the bombing in the town of Azaz has risen to four civilians, after a wounded man "
                   "died.\n\n"
                   "A car bomb went off near the market in the town of Afrin on Sunday, killing three civilians.")
    assert len(row["incidents"]) == 2
