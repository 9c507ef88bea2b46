"""A toll with no words of its own followed by a list that adds up to it ("put the death toll at four, three soldiers
and a woman"): the list tells the sides, whatever side the sentence lent the bare figure
(``casualty_breakdowns._BARE_TOLL``; sentences written for these tests)."""

from __future__ import annotations

from contract_rows import contract as contract_row
from contract_rows import killed_sums

T = "Attack news\n\n"


def test_bus_of_soldiers_and_families_toll_at_four() -> None:
    text = T + ("IS militants attacked a bus on the road east of Palmyra on Monday. The monitor said the bus was carrying "
                "soldiers and their families, and put the death toll at four, three soldiers and a woman.")
    assert killed_sums(text) == {"regime": 3, "civilians": 1}


def test_toll_rose_to_five_two_fighters_and_three_children() -> None:
    text = T + ("Regime shelling hit the village of Kansafra on Sunday. The Observatory said the shells fell near a "
                "position of the factions, and the toll rose to five, two fighters of HTS and three children.")
    assert killed_sums(text) == {"hts_rebels": 2, "civilians": 3}


def test_civilian_toll_with_men_of_no_side_in_its_list_stays_civilian() -> None:
    text = T + ("Regime rockets hit farmers picking olives near Kansafra on Monday. The number of civilian dead has risen "
                "to nine: five children, a woman and three men.")
    assert killed_sums(text) == {"civilians": 9}


def test_period_toll_with_words_then_colon_list_is_not_read_so() -> None:
    text = ("Truffle season\nSince early February 2023, SOHR has documented 120 fatalities among truffle hunters and "
            "others in the Syrian desert: 90 civilians, including seven children and three women, and 30 members of "
            "regime forces and loyal militias who were guarding truffle hunters.")
    assert sorted((t["side"], t["killed"]) for t in contract_row(text)["totals"]) == [("civilians", 90), ("regime", 30)]
