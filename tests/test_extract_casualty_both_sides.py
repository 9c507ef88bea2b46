"""People counted "from both sides" of a fight are of no known side; a toll never takes Israel's side, a doer only
(``casualty_both_sides``).
Look-alikes: a figure of a named side beside them keeps its side; "fighters of both sides" keep the side given.

Every sentence here was written for these tests; places are real Syrian names, the events invented.
"""

from __future__ import annotations

from contract_rows import injured_sums as injured
from contract_rows import killed_sums as killed


def test_people_from_both_sides_are_unknown() -> None:
    text = ("Clashes in Qrayya\n\nClashes broke out yesterday between gunmen of a local faction in Qrayya and members of a "
            "group which is affiliated with the regime's Air Force Intelligence, leaving three of the group's members dead. "
            "At least four people from both sides were injured.")
    assert injured(text) == {"unknown": 4}


def test_others_on_both_sides_are_unknown() -> None:
    text = ("Clashes in Qrayya\n\nClashes broke out on Sunday between local gunmen and members of a group loyal to the "
            "regime's Military Security in Qrayya, killing two of the group's members, while seven others were wounded on "
            "both sides.")
    assert injured(text) == {"unknown": 7}


def test_others_without_both_sides_keep_the_side() -> None:
    text = ("Ambush in Sukhnah\n\nISIS cells ambushed a regime patrol near Sukhnah on Monday, killing four soldiers, "
            "while nine others were wounded.")
    assert injured(text) == {"regime": 9}


def test_toll_of_an_israeli_strike_is_not_israels() -> None:
    text = ("Strike on Mezzeh\n\nThe death toll of the Israeli strike on a building in Mezzeh this morning has risen to "
            "six. The dead are: four members of the IRGC and two Syrian members of regime forces.")
    assert killed(text) == {"pro_iran_foreign": 4, "regime": 2}


def test_members_and_others_on_both_sides_are_unknown() -> None:
    text = ("Clashes in Salkhad\n\nClashes broke out on Monday between gunmen of a local armed faction and the Men of "
            "Dignity in Salkhad. The clashes left four members and others wounded on both sides.")
    assert injured(text) == {"unknown": 4}


def test_members_of_a_named_group_keep_their_side() -> None:
    text = ("Infighting in Afrin\n\nOn Monday, members of the Hamza Division attacked members of the Sultan Murad Division "
            "in Afrin, and three members of the Sultan Murad Division were wounded and others on both sides.")
    assert injured(text) == {"turkey_factions": 3}
