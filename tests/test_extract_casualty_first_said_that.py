"""The monitor's first account told as a clause ("SOHR had initially reported that three boys were killed, but ...")
is superseded where its sentence goes on to revise it (``casualty_rises.superseded_toll``); told with no revision it
stays the toll.

Every sentence here was written for these tests; places are real Syrian names, the events invented.
"""

from __future__ import annotations

from contract_rows import killed_sums as killed


def test_initially_reported_that_figure_is_superseded() -> None:
    text = ("Unexploded shell in Tal Rifaat\n\nAn old shell blew up beside a school in Tal Rifaat on Tuesday, killing two "
            "boys and wounding a third. SOHR had initially reported that three boys were killed "
            "in the blast, but it later emerged that one of them survived with burns.")
    assert killed(text) == {"civilians": 2}


def test_first_account_not_revised_stays() -> None:
    text = ("Shells on Ariha\n\nRegime shelling hit the western quarter of Ariha on Monday. The monitor first reported that "
            "four civilians were killed in the shelling.")
    assert killed(text) == {"civilians": 4}


def test_first_account_of_a_place_not_a_toll() -> None:
    text = ("Strike on Ariha\n\nRegime shelling killed six civilians in Ariha on Monday. SOHR had first said that the "
            "strike hit a bakery, but the shells fell on a school where four civilians were killed.")
    assert sum(killed(text).values()) >= 6
