"""The Syrian share of an incident's toll of Iranian-backed fighters (``incident_syrian_share``): "Nine fighters were
killed in the raid, four of them Syrians", "... were killed, five Afghans and three Syrians", "two of whom were Syrian
nationals". The Syrian part is the regime's (SCHEMA), the militias keep the rest. Look-alikes: Syrian civilians
counted apart, Syrians the text does not count among the dead, and a number the toll cannot hold change nothing.

Every sentence here was written for these tests; places are real Syrian names, the events invented.
"""

from __future__ import annotations

from contract_rows import killed_sums as killed

_LEAD = "Raid near Albukamal\n\nA drone hit a depot of the Iranian-backed militias outside Albukamal late on Friday. "


def test_of_them_syrians_after_a_toll_of_no_side() -> None:
    text = _LEAD + "Nine fighters were killed in the raid, four of them Syrians, the monitor said."
    assert killed(text) == {"pro_iran_foreign": 5, "regime": 4}


def test_nationalities_after_the_verb() -> None:
    text = _LEAD + "The monitor said eight militiamen were killed, five Afghans and three Syrians hired by the militia."
    assert killed(text) == {"pro_iran_foreign": 5, "regime": 3}


def test_of_whom_were_syrian_nationals() -> None:
    text = _LEAD + "Six fighters died in the blast, two of whom were Syrian nationals."
    assert killed(text) == {"pro_iran_foreign": 4, "regime": 2}


def test_syrian_civilians_counted_apart() -> None:
    text = _LEAD + "Nine fighters were killed in the raid, and four Syrian civilians died in a house nearby."
    assert killed(text) == {"pro_iran_foreign": 9, "civilians": 4}


def test_syrians_not_among_the_dead() -> None:
    text = _LEAD + "Nine fighters were killed in the raid. The militias had brought three Syrians to the depot a week earlier."
    assert killed(text) == {"pro_iran_foreign": 9}


def test_a_number_larger_than_the_toll() -> None:
    text = _LEAD + "Nine fighters were killed in the raid, which the militias said targeted 40 Syrians."
    assert killed(text) == {"pro_iran_foreign": 9}


def test_syrians_in_a_clause_of_their_own() -> None:
    text = _LEAD + "Nine fighters were killed, while two Syrians were detained at a checkpoint nearby."
    assert killed(text) == {"pro_iran_foreign": 9}
