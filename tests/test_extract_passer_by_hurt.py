"""A passer-by hurt beside dead fighters is of no side the text gives ("a drone killed two Hurras al-Din leaders, and a
passer-by was wounded": unknown, SCHEMA), not a civilian (``casualty_passer_by.passer_by_hurt``).
Look-alikes read as before: a passer-by hurt beside dead civilians, one the text calls a civilian ("the wounded
civilian, a passer-by"), several passers-by and a passer-by hurt where no one died.

Every sentence here was written for these tests; places are real Syrian names, the events invented.
"""

from __future__ import annotations

from contract_rows import injured_sums as injured
from contract_rows import killed_sums as killed


def test_passer_by_hurt_beside_dead_jihadists() -> None:
    text = ("Drone strike near Atmeh\n\nAn armed drone fired a missile at a pickup truck near Atmeh on Thursday evening, "
            "killing two commanders of Hurras al-Din, and a passer-by was wounded by shrapnel.")
    assert killed(text) == {"hts_rebels": 2}
    assert injured(text) == {"unknown": 1}


def test_passer_by_hurt_in_a_sentence_of_his_own() -> None:
    text = ("Blast in Busayrah\n\nA bomb planted under an SDF vehicle went off in Busayrah on Tuesday morning, killing "
            "three SDF fighters. A passerby was slightly injured in the blast.")
    assert killed(text) == {"sdf": 3}
    assert injured(text) == {"unknown": 1}


def test_passer_by_beside_dead_civilians_stays_civilian() -> None:
    text = ("Shelling on Kansafra\n\nRegime artillery pounded the market of Kansafra on Monday, killing two civilians, "
            "and a passer-by was injured.")
    assert injured(text) == {"civilians": 1}


def test_passer_by_called_civilian_stays_civilian() -> None:
    text = ("Drone strike near Amuda\n\nA Turkish drone hit a car of the Asayish west of Amuda on Monday, killing two of "
            "its members. The wounded civilian, a passer-by, was later taken to hospital.")
    assert injured(text) == {"civilians": 1}


def test_several_passers_by_stay_as_read() -> None:
    text = ("Strike near Sarmin\n\nA missile hit a motorcycle carrying two HTS fighters near Sarmin on Sunday, killing "
            "both of them and wounding three passers-by.")
    assert injured(text) == {"civilians": 3}


def test_passer_by_hurt_where_no_one_died_stays_as_read() -> None:
    text = ("Sniper fire in Daraa\n\nA passer-by was wounded by sniper fire in the Daraa al-Balad district on Wednesday "
            "afternoon, local sources said.")
    assert injured(text) == {"civilians": 1}
