""""A third one was injured": the rank told with its "one" is the same one more of the group counted before it as
"a third was injured" (``numbers._rank_pronoun``): the "one" is the rank's pronoun, no count of its own.
Look-alikes: "one" after a rank that is not next to it, and "one" told on its own, stay as they were.

Every sentence here was written for these tests; places are real Syrian names, the events invented.
"""

from __future__ import annotations

from contract_rows import contract, killed_per_incident
from contract_rows import injured_sums as injured


def test_a_third_one_is_one_more_hurt() -> None:
    text = ("Shooting near Tafas\n\nRegime soldiers shot dead two farmers near Tafas in Daraa countryside on Monday. "
            "A third one was injured and taken away by the soldiers.")
    assert injured(text) == {"civilians": 1}
    assert killed_per_incident(contract(text)) == [{"civilians": 2}]


def test_a_fourth_one_after_three_dead() -> None:
    text = ("Blast in Azaz\n\nA motorbike rigged with explosives blew up in Azaz market on Sunday, killing three civilians. "
            "A fourth one was badly wounded in the blast.")
    assert injured(text) == {"civilians": 1}


def test_one_on_its_own_after_a_rank_word_apart() -> None:
    text = ("Clash near Maarat al-Numan\n\nTwo fighters of the factions were killed in a clash near Maarat al-Numan on "
            "Tuesday, and a third, one of their commanders, was wounded.")
    assert injured(text) == {"hts_rebels": 1}


def test_a_third_one_handed_over_later_is_the_same_incident() -> None:
    text = ("Border guards kill two civilians near Darkush\n\nTwo civilians from Hama countryside were shot dead by Turkish "
            "border guards while trying to cross into Turkey near Darkush in Idlib countryside last night. A third one "
            "was injured and held by the guards, then handed hours later to a crossing held by the factions.")
    assert killed_per_incident(contract(text)) == [{"civilians": 2}]
    assert injured(text) == {"civilians": 1}


def test_a_rank_with_a_time_of_its_own_is_not_the_same_incident() -> None:
    # Review r36 (revf): the fourth was killed a week before the clash, not one more of its dead.
    text = ("Clash in the Badia\n\nThree SDF fighters were killed in a clash with ISIS cells near al-Shaddadi on Monday. "
            "A fourth had been killed by the cells a week earlier in the same area.")
    assert killed_per_incident(contract(text))[0] == {"sdf": 3}
