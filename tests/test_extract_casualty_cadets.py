""""officers and cadets" killed at a military academy are the army's (SCHEMA: army -> regime), as "soldiers" are:
"cadets" and "military cadets" are aliases of the regime's forces in the actor lexicon (``data/actors.csv``), generic
like "soldiers", so a named force beside them still wins.

Every sentence here was written for these tests; places are real Syrian names, the events invented.
"""

from __future__ import annotations

from contract_rows import killed_sums as killed


def test_officers_and_cadets_beside_civilians() -> None:
    text = ("Attack on a college\n\nDrones struck a graduation ceremony at the military college in Homs city on Monday, "
            "killing 40 people: 25 officers and cadets and 15 civilians.")
    assert killed(text) == {"regime": 25, "civilians": 15}


def test_military_cadets_alone() -> None:
    text = ("Shelling of a college\n\nShells hit the yard of the military college near Aleppo on Sunday, killing seven "
            "military cadets.")
    assert killed(text) == {"regime": 7}


def test_cadets_of_a_named_force() -> None:
    text = ("Attack on a camp\n\nA drone hit a training camp of the SDF near Hasakah on Friday, killing four SDF cadets.")
    assert killed(text) == {"sdf": 4}
