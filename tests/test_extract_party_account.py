"""Incidents: a party's own account told after the report's incident, with no dead or wounded of its own ("The state
agency said the enemy had hit depots near X", "The group claimed the raid on its channel", "The army denied hitting
the clinic") is a claim or a reaction, not one more incident.

Look-alikes: a party telling its own act ("The SDF said its forces answered the fire from Y"), an account opened
by a transition ("Separately, the ministry said ..."), and the monitor's own word stay events.

Every sentence here was written for these tests; none is taken from an evaluation set.
"""

from __future__ import annotations

from contract_rows import contract, kinds

_LEAD = ("Syrian Observatory for Human Rights\nStrikes on the river bank\n\n"
         "Jets thought to be Israeli bombed three militia depots beside al-Mayadin, east Deir Ezzor, late on Monday, "
         "killing nine pro-Iran militiamen, SOHR said.\n\n")


def test_state_agency_word_on_the_strike_is_no_incident() -> None:
    row = contract(_LEAD + "The official state news agency SANA said the enemy had targeted military sites in Deir Ezzor "
                           "and al-Quriyah and that the losses were still being counted.")
    assert kinds(row) == ["airstrike"]


def test_claim_of_the_attack_is_no_incident() -> None:
    lead = ("Syrian Observatory for Human Rights\nAmbush near the oil field\n\n"
            "ISIS cells ambushed an army truck outside al-Sukhnah, deep in the Homs desert, on Sunday, killing five "
            "soldiers.\n\n")
    row = contract(lead + "IS's Amaq agency claimed the deadly attack on Telegram and boasted of the burnt truck.")
    assert kinds(row) == ["ambush"]


def test_look_alike_party_telling_its_own_act_stays_an_event() -> None:
    row = contract(_LEAD + "The SDF said its forces responded to the sources of the fire in al-Quriyah with heavy "
                           "machine guns.")
    assert len(row["incidents"]) == 2


def test_look_alike_account_after_a_transition_stays_an_event() -> None:
    row = contract(_LEAD + "Separately, the Pentagon said a US jet had shot down an armed drone near the town of "
                           "al-Shaddadi in the countryside of Hasakah.")
    assert len(row["incidents"]) == 2


def test_look_alike_party_telling_a_shell_that_killed_stays_an_event() -> None:
    lead = ("Regime jets and artillery pounded towns of the besieged enclave east of the capital on Tuesday, killing 41 "
            "civilians, among them 9 children, the Syrian Observatory for Human Rights said.\n\n")
    row = contract(lead + "State news agency SANA said a woman was killed when rebel rockets hit the Jaramana suburb.")
    assert kinds(row) == ["airstrike", "shelling"]


def test_look_alike_party_telling_a_kidnapping_stays_an_event() -> None:
    lead = ("A roadside bomb tore through an army jeep outside Muhasan, east of Deir Ezzor, on Thursday, killing three "
            "soldiers, SOHR said.\n\n")
    row = contract(lead + "The Kurdish-led forces announced that IS cells abducted two truck drivers on the road south of "
                          "al-Shaddadi.")
    assert kinds(row) == ["ied_landmine", "abduction"]


def test_look_alike_party_telling_one_more_act_stays_an_event() -> None:
    lead = ("Syrian Observatory for Human Rights\nKilling in Daraa\n\n"
            "Unknown men shot dead a former rebel commander near his home in Nawa, west of Daraa, on Friday.\n\n")
    row = contract(lead + "The Daraa Central Committee said masked men also raided a police post in Inkhil after "
                          "midnight and seized weapons.")
    assert len(row["incidents"]) == 2
