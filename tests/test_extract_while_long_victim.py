"""Incidents: after "while", a clause whose subject is its own victim named at some length ("a member of the so-called
'Local Defence' militia was wounded by gunfire ... in B") and a town the first half does not name is another incident,
as a short one ("a farmer was killed ... near B") already was; the same victim placed in the first half's town stays
part of it.

Every sentence here was written for these tests; none is taken from an evaluation set.
"""

from __future__ import annotations

from datetime import date

from contract_rows import contract


def _count(text: str) -> int:
    return len(contract(text, date(2024, 8, 20))["incidents"])


def test_a_long_named_victim_in_a_town_of_its_own() -> None:
    text = (
        "Unknown gunmen shot dead a shopkeeper in the town of Tafas in the western countryside of Daraa on Monday "
        'evening, while a member of the so-called "Local Defence" militia was wounded by gunfire from unknown '
        "gunmen in the town of Inkhil in the northern countryside."
    )
    assert _count(text) == 2


def test_the_same_victim_in_the_first_halfs_town_stays_one() -> None:
    text = (
        "Unknown gunmen shot dead a shopkeeper in the town of Tafas in the western countryside of Daraa on Monday "
        'evening, while a member of the so-called "Local Defence" militia was wounded by the same gunmen in Tafas.'
    )
    assert _count(text) == 1
