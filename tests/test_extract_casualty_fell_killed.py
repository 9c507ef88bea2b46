""""fell" of people is a death word ("three members ... fell in an attack"); shells that fell are not.

Every sentence here was written for these tests; places are real Syrian names, the events invented.
"""

from __future__ import annotations

from contract_rows import injured_sums as injured
from contract_rows import killed_sums as killed


def test_members_who_fell_are_dead() -> None:
    text = ("Attack near Maadan\n\nTwo members of the National Defence Forces fell in an ISIS attack on their post near Maadan "
            "on Friday night.")
    assert killed(text) == {"regime": 2}


def test_fell_in_a_clause_with_the_injured() -> None:
    text = ("Clashes in the desert\n\nThe clashes killed four soldiers, while two ISIS members fell and others were injured "
            "on both sides.")
    assert killed(text) == {"regime": 4, "isis": 2}
    assert injured(text) == {}


def test_shells_that_fell_are_no_dead() -> None:
    # look-alike: shells fell on a village, and the verb of the people hurt is their own
    text = ("Shelling on Tal Rifaat\n\nShells fired by Turkish forces fell on the village of Tal Rifaat on Monday, injuring "
            "three civilians.")
    assert killed(text) == {}
    assert injured(text) == {"civilians": 3}


def test_fell_into_hands_is_no_death() -> None:
    # look-alike: "fell into the hands of" is a capture
    text = ("Capture\n\nTwo members of the factions fell into the hands of the SDF near Ain Issa on Sunday, and a third was "
            "killed.")
    assert killed(text).get("hts_rebels", 0) + killed(text).get("turkey_factions", 0) <= 1
