"""Some of a group the text described before ("Two of the gunmen were injured" after "gunmen affiliated with the
Military Security raided a house"; "two of the local gunmen" after "gunmen of a local armed faction"): of that group's
side (``casualty_of_the_named``; "local armed faction" is a local faction, hts_rebels, in ``actors.csv``).
Look-alike: gunmen named with no side before leave the figure as it was.

Every sentence here was written for these tests; places are real Syrian names, the events invented.
"""

from __future__ import annotations

from contract_rows import injured_sums as injured
from contract_rows import killed_sums as killed


def test_some_of_the_gunmen_named_before() -> None:
    text = ("Raid in Inkhil\n\nOn Monday, gunmen affiliated with the Air Force Intelligence raided a farm near Inkhil and "
            "shot dead a young man accused of theft. Three of the gunmen were wounded in the exchange of fire.")
    assert injured(text) == {"regime": 3}


def test_some_of_the_local_gunmen_of_a_faction() -> None:
    text = ("Clashes in Qrayya\n\nClashes erupted on Sunday between gunmen of a local armed faction in Qrayya and members "
            "of a group affiliated with the regime's Military Security, leaving three of the local gunmen dead.")
    assert killed(text) == {"hts_rebels": 3}


def test_gunmen_of_no_side_named_before() -> None:
    text = ("Shooting in Jasim\n\nUnknown gunmen opened fire on a shop in Jasim on Monday, and a passer-by shot back. Two "
            "of the gunmen were wounded.")
    assert "regime" not in injured(text)
