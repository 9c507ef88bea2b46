""""A former commander in the Free Syrian Army was shot dead in Tafas", "a former leader of Jaysh al-Islam killed near
Khan Arnabah": a former member of a rebel group whose name now stands for Turkey's factions is a former rebel
(hts_rebels, SCHEMA), read as of before the name passed (``casualty_former``). Look-alike: fighters of such a group
today (no "former") stay with Turkey's factions.

Every sentence here was written for these tests; places are real Syrian names, the events invented.
"""

from __future__ import annotations

from contract_rows import killed_sums as killed


def test_former_fsa_commander_is_a_rebel() -> None:
    text = ("Killing in Tafas\n\nA former commander in the Free Syrian Army was shot dead by unknown gunmen near his home in "
            "Tafas on Saturday night.")
    assert killed(text) == {"hts_rebels": 1}


def test_former_jaysh_al_islam_leader_is_a_rebel() -> None:
    text = ("Blast near Khan Arnabah\n\nA former leader of Jaysh al-Islam was killed when a bomb planted in his car went off "
            "near Khan Arnabah on Sunday.")
    assert killed(text) == {"hts_rebels": 1}


def test_fighters_of_the_group_today_stay_with_ankara() -> None:
    text = ("Clashes in Afrin\n\nThree fighters of Jaysh al-Islam were killed in clashes with a rival faction in Afrin "
            "on Sunday.")
    assert killed(text) == {"turkey_factions": 3}
