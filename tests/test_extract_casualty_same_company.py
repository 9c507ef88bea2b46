"""People of no stated side whose own words tie them to the company of those told before ("two more people from the
same group", "three persons of the same family", "two more men from the same convoy"): of the side of the figure told
before them (``casualty_same.same_company``).

Every sentence here was written for these tests; places are real Syrian names, the events invented.
"""

from __future__ import annotations

from contract_rows import injured_sums, killed_sums

_MINE = ("Landmine kills truffle hunters\n\nThree civilians were slain this morning when a landmine, left over from past "
         "battles, went off while they were looking for truffles near Ithriyah in the eastern countryside of Hama. ")


def test_two_more_people_from_the_same_group() -> None:
    text = _MINE + "Two more people from the same group sustained injuries and were taken to a hospital in Salamiyah."
    assert killed_sums(text) == {"civilians": 3}
    assert injured_sums(text) == {"civilians": 2}


def test_persons_of_the_same_family() -> None:
    text = _MINE + "Three persons of the same family were wounded."
    assert injured_sums(text) == {"civilians": 3}


def test_men_from_the_same_convoy() -> None:
    text = ("Ambush near Palmyra\n\nISIS cells ambushed a bus carrying soldiers near Palmyra on Monday, killing five "
            "soldiers. Two more men from the same convoy were injured.")
    assert injured_sums(text) == {"regime": 2}


def test_people_with_no_company_told_stay_unknown() -> None:
    text = _MINE + "Two more people were injured in a separate blast near Salamiyah."
    assert injured_sums(text) == {"unknown": 2}
