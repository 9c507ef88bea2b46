""""An IED killed an HTS commander in his car. His companion was seriously injured": a companion or relative hurt, told
in a sentence of his own after a victim of an armed side, has no side the text gives: he counts as injured of unknown
side (SCHEMA: affiliation not given -> unknown), not left out (``core._side_of``).
Look-alikes: the relative of a civilian victim stays a civilian; a relative killed after an armed victim is still not
guessed.

Every sentence here was written for these tests; places are real Syrian names, the events invented.
"""

from __future__ import annotations

from contract_rows import injured_sums as injured
from contract_rows import killed_sums as killed


def test_the_companion_of_a_commander_is_hurt_of_no_side() -> None:
    text = ("Bomb in Sarmada\n\nA bomb fixed under his car killed a commander of Hayat Tahrir al-Sham in Sarmada on "
            "Friday morning. His companion was seriously injured and taken to a clinic nearby.")
    assert injured(text) == {"unknown": 1}


def test_the_brother_of_a_soldier_is_hurt_of_no_side() -> None:
    text = ("Blast in Inkhil\n\nA regime soldier on leave was killed when a device planted at his door went off in Inkhil "
            "on Sunday. The blast also injured the victim's brother.")
    assert injured(text) == {"unknown": 1}


def test_the_son_of_a_civilian_stays_a_civilian() -> None:
    text = ("Shooting in Tafas\n\nGunmen shot dead a farmer outside his field in Tafas on Monday evening. His son was "
            "lightly wounded in the shooting.")
    assert injured(text) == {"civilians": 1}


def test_a_relative_killed_after_a_fighter_is_not_guessed() -> None:
    text = ("Blast in Inkhil\n\nA regime soldier on leave was killed when a device planted at his door went off in Inkhil "
            "on Sunday. His brother was also killed in the blast.")
    assert killed(text) == {"regime": 1}
