""""a former commander in the Free Syrian Army ... in Sarmada, near the Turkish border north of Idlib": Turkey named as a
place beside Syria ("the Turkish border", "the Syrian-Turkish border", "the border with Turkey") is no scene of Turkey's
factions, so the FSA stays the rebels' (``actors._TURKEY_NAMED``, SCHEMA: FSA in Afrin -> turkey_factions, rebels ->
hts_rebels); Turkish forces named beside it still make it Turkey's.

Every sentence here was written for these tests; places are real Syrian names, the events invented.
"""

from __future__ import annotations

from contract_rows import killed_sums as killed


def test_fsa_commander_near_the_turkish_border() -> None:
    text = ("Former rebel commander shot dead in Sarmada\n\nGunmen on a motorcycle killed a former commander in the Free "
            "Syrian Army in front of his house in Sarmada, near the Turkish border north of Idlib.")
    assert killed(text) == {"hts_rebels": 1}


def test_fsa_commander_on_the_syrian_turkish_border() -> None:
    text = ("FSA veteran killed near Atmeh\n\nUnidentified gunmen shot dead an FSA commander near Atmeh on the "
            "Syrian-Turkish border in the northern countryside of Idlib on Friday.")
    assert killed(text) == {"hts_rebels": 1}


def test_fsa_beside_turkish_forces_stays_turkeys() -> None:
    text = ("FSA fighters killed in Afrin\n\nTwo fighters of the Free Syrian Army were killed on Sunday in an attack near "
            "Afrin, where Turkish forces are deployed.")
    assert killed(text) == {"turkey_factions": 2}
