"""A government named by its capital gives another source's figures ("Ankara said ...", "Tehran said ..."), which yield
to the monitor's count of the same incident; the city as a place credits no figure (``incident_source_words``).

Every sentence here was written for these tests; places are real Syrian names, the events invented.
"""

from __future__ import annotations

from contract_rows import contract
from contract_rows import killed_sums as killed


def test_capital_claim_yields_to_the_monitor() -> None:
    text = ("Raid near a convoy south of Idlib\n\nWarplanes struck a pick-up truck near Hish on Monday, killing two "
            "rebel fighters and wounding several others, the Syrian Observatory for Human Rights said.\n\nAnkara said "
            "four civilians were killed and nine injured in the raid.")
    row = contract(text)
    assert killed(text) == {"hts_rebels": 2}
    assert all(not i["injured"] for i in row["incidents"])


def test_capital_as_a_place_credits_nothing() -> None:
    text = ("Shelling near Damascus\n\nShells fell on Jaramana on Monday, killing three civilians, a source in Damascus "
            "said.")
    assert killed(text) == {"civilians": 3}


def test_look_alike_a_capital_after_a_place_word_credits_nothing() -> None:
    text = ("Shelling on Douma\n\nRegime shelling killed three civilians in Douma on Monday, the Syrian Observatory for "
            "Human Rights said.\n\nMortar shells near Damascus claimed the lives of two more civilians on Monday.")
    assert killed(text) == {"civilians": 5}


def test_look_alike_residents_of_a_capital_district_are_no_government() -> None:
    text = ("Damascus countryside - Syrian Observatory for Human Rights:\n\nRegime shelling on Douma killed three "
            "civilians on Monday. Residents of eastern Damascus said two more civilians were killed by sniper fire on "
            "Monday.")
    assert killed(text) == {"civilians": 5}
