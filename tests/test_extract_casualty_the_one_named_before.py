""""An explosive device went off in a car belonging to an HTS commander ..., killing the commander": "the commander" is
the one the sentence named before with "a/an" and the same noun, of the side his words name
(``casualty_unnumbered._named_before``); one named without a side stays as he was.

Every sentence here was written for these tests; places are real Syrian names, the events invented.
"""

from __future__ import annotations

from contract_rows import injured_sums as injured
from contract_rows import killed_sums as killed


def test_the_commander_of_the_car_owner() -> None:
    text = ("Blast in Sarmada\n\nOn Tuesday, an explosive device went off in a car belonging to an HTS commander near "
            "Sarmada, killing the commander and wounding his driver.")
    assert killed(text) == {"hts_rebels": 1}


def test_the_official_hurt() -> None:
    text = ("Blast in Busayrah\n\nA bomb went off under a car owned by an SDF official in Busayrah on Friday, wounding the "
            "official.")
    assert injured(text) == {"sdf": 1}


def test_the_officer_of_a_unit() -> None:
    text = ("Attack near Inkhil\n\nGunmen opened fire on a vehicle carrying an officer of the Military Intelligence near "
            "Inkhil on Monday, killing the officer.")
    assert killed(text) == {"regime": 1}


def test_the_owner_named_without_a_side() -> None:
    text = ("Blast in Azaz\n\nAn explosive device went off in a car belonging to a local commander in Azaz on Monday, "
            "killing the commander.")
    assert "hts_rebels" not in killed(text) and "sdf" not in killed(text)
