"""A toll of Iranian-backed militiamen listed by nationality, where an item is described by its work ("two Syrians
working with Hezbollah and three militiamen of non-Syrian nationalities", "two Syrian soldiers serving in a radar
unit, and four non-Syrian militiamen"): the next item is a part of the same list (``casualty_listed.WORK_THEN_AND``),
Syrians to the regime and non-Syrians to pro_iran_foreign, with no double count of the toll. An item "of unknown
nationality" beside Iranian-backed foreigners is one of them (``casualty_unstated_nationality``).

Every sentence here was written for these tests; places are real Syrian names, the events invented.
"""

from __future__ import annotations

from contract_rows import killed_sums as killed


def test_colon_list_after_serving_in() -> None:
    text = ("Missiles hit Sayyida Zaynab\n\nMissiles struck a depot of Iranian-backed groups near Sayyida Zaynab on Tuesday "
            "night, and the monitor said the blast killed six people: two Syrian soldiers serving in a radar unit, and four "
            "militiamen of non-Syrian nationalities who belonged to those groups.")
    assert killed(text) == {"regime": 2, "pro_iran_foreign": 4}


def test_item_of_unknown_nationality_beside_foreigners() -> None:
    text = ("Strike near Qusayr\n\nThe monitor said the toll of the drone strike on a base of Iranian-backed groups near "
            "Qusayr early on Friday has risen to seven, after two militiamen died of their wounds. The dead are: five Afghan "
            "fighters of the Fatemiyoun, three militiamen of Syrian nationality working with the Revolutionary Guard, and one "
            "militiaman of unknown nationality.")
    assert killed(text) == {"regime": 3, "pro_iran_foreign": 6}


def test_working_in_fields_stays_two_items() -> None:
    text = ("Mine blast near Sukhnah\n\nA landmine exploded near Sukhnah on Monday, killing three civilians working in "
            "the phosphate mines and two shepherds.")
    assert killed(text) == {"civilians": 5}


def test_officer_with_rank_then_other_side() -> None:
    text = ("Clashes near Kabani\n\nThe monitor documented the deaths of nine regime troops, including a lieutenant with "
            "the rank of first lieutenant, and six jihadists in clashes near Kabani on Sunday.")
    assert killed(text) == {"regime": 9, "hts_rebels": 6}
