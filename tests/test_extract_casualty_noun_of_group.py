""""N mercenaries", "two of the gunmen": victims named only by a group noun that the text tied to a named group before
("the Turkish army and its mercenaries", "gunmen of the Hamza Division") are of that group's side; a noun the text
never tied to a group leaves them of no side.

Every sentence here was written for these tests; places are real Syrian names, the events invented.
"""

from __future__ import annotations

from contract_rows import killed_sums as killed


def test_mercenaries_after_army_and_its_mercenaries() -> None:
    text = ("Attack repelled near Ain Issa\n\nThe Turkish army and its mercenaries shelled villages near Ain Issa on "
            "Thursday. Later, SDF fighters repelled an attack on the village of Saida, killing four mercenaries.")
    assert killed(text) == {"turkey_factions": 4}


def test_of_the_mercenaries_after_mercenaries_of_a_faction() -> None:
    text = ("Infiltration foiled near Manbij\n\nMercenaries of the Hamza Division attacked positions near the village of "
            "Arima on Sunday night. Fighters of the Manbij Military Council repelled the attack, killing three of the "
            "mercenaries.")
    assert killed(text) == {"turkey_factions": 3}


def test_gunmen_of_a_cell_told_before() -> None:
    text = ("Checkpoint attacked near Busayrah\n\nGunmen of the ISIS cells attacked a checkpoint near Busayrah on Friday. "
            "The guards returned fire and two of the gunmen were killed.")
    assert killed(text) == {"isis": 2}


def test_mercenaries_never_tied_to_a_group_stay_unknown() -> None:
    text = ("Clashes near Tal Tamr\n\nClashes broke out near Tal Tamr on Monday. Five mercenaries were killed in the "
            "fighting, according to a local source.")
    assert killed(text) == {"unknown": 5}


def test_mercenaries_before_a_second_deed() -> None:
    text = ("Attack repelled near Ain Issa\n\nThe Turkish army and its mercenaries shelled villages near Ain Issa on "
            "Thursday. Later, SDF fighters repelled an attack on the village of Saida, killing six mercenaries and seizing "
            "a machine gun.")
    assert killed(text) == {"turkey_factions": 6}


def test_the_killing_of_mercenaries_and_the_destruction_of_a_vehicle() -> None:
    text = ("Attack repelled near Ain Issa\n\nThe Turkish army and its mercenaries shelled villages near Ain Issa on "
            "Thursday. The SDF said the clashes that followed led to the killing of nine mercenaries and the destruction "
            "of a tank.")
    assert killed(text) == {"turkey_factions": 9}
