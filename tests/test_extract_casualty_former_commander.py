"""A former commander of the opposition named by the bare words "former opposition commander" / "former rebel commander"
is of the rebels' side like a "former opposition fighter" (SCHEMA, Daraa: ex-rebels who joined no regime formation);
one who joined a regime formation stays the formation's.

Every sentence here was written for these tests; places are real Syrian names, the events invented.
"""

from __future__ import annotations

from contract_rows import killed_sums as killed


def test_former_opposition_commander() -> None:
    text = ("Killing in Nawa\n\nOn Monday night, masked gunmen sprayed bullets at a former opposition commander outside "
            "his shop in Nawa, killing him on the spot.")
    assert killed(text) == {"hts_rebels": 1}


def test_former_opposition_commander_killed_by_a_bomb() -> None:
    text = ("Blast in Inkhil\n\nA former opposition commander was killed on Monday evening when a bomb planted under his "
            "car went off in Inkhil.")
    assert killed(text) == {"hts_rebels": 1}


def test_who_joined_a_regime_formation_stays_the_formations() -> None:
    text = ("Killing in Nawa\n\nA former rebel commander, who had later joined the Fourth Division, was killed by masked "
            "gunmen near his shop in Nawa on Monday evening.")
    assert killed(text) == {"regime": 1}
