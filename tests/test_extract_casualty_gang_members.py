""""two of the gang members died", "three members of a smuggling gang ... dead": members of a gang are of no side
(SCHEMA: people of the drug trade, kidnappers -> unknown), not of the faction or brigade told beside them
(``casualty_gang_members``). Look-alikes: a gang the text tied to a force keeps that force's side; soldiers of a force
"chasing drug gangs", gunmen "chasing the gang" and the civilians a gang killed are read as before.

Every sentence here was written for these tests; places are real Syrian names, the events invented.
"""

from __future__ import annotations

from contract_rows import injured_sums as injured
from contract_rows import killed_sums as killed


def test_the_gang_members_take_no_side_of_the_faction() -> None:
    text = ("Clash near Shahba\n\nFighters of a Druze faction exchanged fire with kidnappers near Shahba on Friday; "
            "two of the gang members died and one faction fighter was hurt.")
    assert killed(text) == {"unknown": 2}
    assert injured(text) == {"hts_rebels": 1}


def test_members_of_a_gang_beside_a_faction_fighter() -> None:
    text = ("Clash near Salkhad\n\nA shootout near Salkhad on Sunday left three members of a smuggling gang and one "
            "fighter of the local factions dead.")
    assert killed(text) == {"unknown": 3, "hts_rebels": 1}


def test_a_gang_tied_to_a_force_keeps_its_side() -> None:
    text = ("Clash near Salkhad\n\nLocal gunmen attacked the base of a gang affiliated with the Military Security near "
            "Salkhad on Sunday. Five members of the gang died in the fighting.")
    assert killed(text) == {"regime": 5}


def test_soldiers_chasing_gangs_stay_soldiers() -> None:
    text = ("Raid near Tafas\n\nThree soldiers of the Fourth Division, which has been chasing drug gangs in the area, "
            "were killed near Tafas on Thursday.")
    assert killed(text) == {"regime": 3}


def test_gunmen_chasing_the_gang_and_its_victims() -> None:
    chasing = ("Clash near Shahba\n\nFour gunmen of the local factions who were chasing the gang were killed near Shahba "
               "on Friday.")
    victims = "Killing near Tafas\n\nMembers of a gang shot dead two civilians near Tafas on Thursday."
    assert killed(chasing) == {"hts_rebels": 4}
    assert killed(victims) == {"civilians": 2}
