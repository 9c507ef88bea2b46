"""Backed armed men counted later by their deed ("five of the attacking tribal fighters", "three of the storming
gunmen"): the men told attacking before, of their backer's side, as "four of the attackers" is
(``casualty_backed_referents``).

Every sentence here was written for these tests; places are real Syrian names, the events invented.
"""

from __future__ import annotations

from contract_rows import killed_sums


def test_five_of_the_attacking_tribal_fighters() -> None:
    text = ("Tribal fighters attack SDF positions\n\nFighters of tribal forces loyal to the Syrian government crossed the "
            "Euphrates river at dawn today and attacked SDF positions in Thiban in the eastern countryside of Deir Ezzor. "
            "Fierce clashes raged for several hours, during which six SDF members fell and five of the attacking tribal "
            "fighters were killed.")
    assert killed_sums(text) == {"sdf": 6, "regime": 5}


def test_three_of_the_storming_gunmen() -> None:
    text = ("Attack on SDF post\n\nTribal gunmen backed by the Syrian regime stormed an SDF post in Diban on Monday, and "
            "clashes left two SDF members dead. Three of the storming gunmen were also killed.")
    assert killed_sums(text) == {"sdf": 2, "regime": 3}


def test_attacking_fighters_of_no_backed_men_stay_unsided() -> None:
    text = ("Attack on SDF post\n\nTribal gunmen stormed an SDF post in Diban on Monday. Two SDF members and three of the "
            "attacking tribal fighters were killed.")
    assert "regime" not in killed_sums(text)
