"""A lone victim of no named side said to work at a civilian trade (``mention_sides.family_or_work`` with
``casualty_tie_target.CIVIL_TRADES``): "shot dead a young man working as a money changer", "a man who works as a
baker" are civilians (SCHEMA: victims the text describes as civilians, e.g. workers). Look-alikes: "working as a
guard for the militia" is no civilian trade; a man of no work said stays unknown.

Every sentence here was written for these tests; places are real Syrian names, the events invented.
"""

from __future__ import annotations

from contract_rows import killed_sums as killed


def test_man_working_as_a_trade_is_a_civilian() -> None:
    text = ("Killing in Al-Tabqa\n\nUnidentified gunmen shot dead a young man working as a currency exchanger in Al-Tabqa "
            "city on Friday night, and took his money.")
    assert killed(text) == {"civilians": 1}


def test_man_who_works_as_a_driver_is_a_civilian() -> None:
    text = ("Killing in Al-Tabqa\n\nUnidentified gunmen shot dead a man who works as a bus driver near Al-Tabqa on Friday.")
    assert killed(text) == {"civilians": 1}


def test_man_working_as_a_guard_of_a_militia_is_no_civilian() -> None:
    text = ("Killing in Al-Tabqa\n\nUnidentified gunmen shot dead a young man working as a guard for a militia near Al-Tabqa "
            "on Friday.")
    assert "civilians" not in killed(text)


def test_man_of_no_work_said_stays_unknown() -> None:
    text = ("Killing in Al-Tabqa\n\nUnidentified gunmen shot dead a young man near Al-Tabqa on Friday.")
    assert killed(text) == {"unknown": 1}
