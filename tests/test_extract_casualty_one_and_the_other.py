""""Gunmen shot dead two brothers ... One of them was a member of a group affiliated with the Military Security, while
the other was a civilian": two victims of no side that the next sentence tells apart are one of each side it gives
(``casualty_tied.one_and_the_other``); one it gives no side ("was from the town") is of no known side.

Every sentence here was written for these tests; places are real Syrian names, the events invented.
"""

from __future__ import annotations

from contract_rows import killed_sums as killed


def test_member_and_civilian_brothers() -> None:
    text = ("Killing in Mazraa\n\nUnknown gunmen shot dead two brothers near their house in Mazraa on Monday night. One of "
            "the brothers was a member of a local group affiliated with the Military Security, while the other was a "
            "civilian who owned a shop.")
    assert killed(text) == {"regime": 1, "civilians": 1}


def test_syrian_and_lebanese_of_hezbollah() -> None:
    text = ("Drone strike near Hadar\n\nA drone struck a car near Hadar at noon, killing two people inside it. According to "
            "SOHR sources, one of them was a Syrian fighter of the 4th Division, while the other was a Hezbollah member.")
    assert killed(text) == {"regime": 1, "pro_iran_foreign": 1}


def test_syrian_working_for_hezbollah_and_a_lebanese() -> None:
    text = ("Drone strike near Hadar\n\nA drone struck a car near Hadar at noon, killing two people inside it. One of them is "
            "a Syrian working for Hezbollah, while the other is a Hezbollah member of Lebanese nationality.")
    assert killed(text) == {"regime": 1, "pro_iran_foreign": 1}


def test_the_other_of_no_side_named() -> None:
    text = ("Shooting near Nawa\n\nGunmen shot dead two men near Nawa on Friday. One of them was a member of the Eighth "
            "Brigade, while the other was from the town.")
    assert killed(text) == {"regime": 1, "unknown": 1}
