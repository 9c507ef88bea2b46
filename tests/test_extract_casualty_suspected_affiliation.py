"""People "suspected of affiliation with" / "of links to" a group are of that group's side, as "suspected of belonging
to" already were (``casualty_groups.group_end``).
Look-alike: "people suspected of theft" keep no side.

Every sentence here was written for these tests; places are real Syrian names, the events invented.
"""

from __future__ import annotations

from contract_rows import killed_sums as killed


def test_suspected_of_affiliation_with() -> None:
    text = ("Raid in Diban\n\nAt dawn today, SDF forces raided a house in Diban town, and three men suspected of "
            "affiliation with ISIS cells were killed in an exchange of fire.")
    assert killed(text) == {"isis": 3}


def test_suspected_of_links_to() -> None:
    text = ("Raid in Diban\n\nAt dawn today, SDF forces raided a house in Diban town, killing two people suspected of "
            "links to ISIS cells.")
    assert killed(text) == {"isis": 2}


def test_suspected_of_theft_has_no_side() -> None:
    text = ("Raid in Diban\n\nAt dawn today, gunmen raided a house in Diban town, killing two people suspected of theft.")
    assert "isis" not in killed(text)
