""""Clashes between gunmen of a local faction and members of a gang affiliated with the Military Intelligence, leaving
three gunmen of the gang dead": the gang's side is the one its description gives (``casualty_of_the_named``), not the
local faction's; "two of the local gunmen" are the ones called local, not the gunmen tied to a branch; and people of no
side among the dead restating a toll of "people" are of none (``casualty_restated``).
Look-alike: a gang named without a patron leaves its gunmen of no side.

Every sentence here was written for these tests; places are real Syrian names, the events invented.
"""

from __future__ import annotations

from contract_rows import killed_sums as killed
from contract_rows import sentence_sides


def test_gunmen_of_the_gang_take_the_gangs_patron() -> None:
    text = ("Clashes in Atil\n\nFighting broke out on Friday in Atil between gunmen of a local faction and members of a "
            "gang affiliated with the State Security branch, leaving three gunmen of the gang dead.")
    assert killed(text) == {"regime": 3}


def test_gunmen_of_a_gang_of_no_patron() -> None:
    text = ("Clashes in Atil\n\nFighting broke out on Friday in Atil between local gunmen and a gang of car thieves, "
            "leaving three gunmen of the gang dead.")
    assert "regime" not in killed(text)


def test_the_local_gunmen_are_not_the_branchs() -> None:
    text = ("Clashes in Atil\n\nFive people were killed on Friday in fighting in Atil, north of Sweida, between local gunmen "
            "and a group of gunmen affiliated with the State Security branch. The dead are three of the local gunmen and two of the "
            "gunmen affiliated with the State Security.")
    assert sentence_sides(text, "The dead are") == [("killed", 3, "unknown"), ("killed", 2, "regime")]
