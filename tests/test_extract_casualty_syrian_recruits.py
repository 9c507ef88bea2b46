"""Syrians of the militias listed beside foreign militiamen are the regime's (SCHEMA: Iranian-backed militiamen said to
be Syrian -> regime), ``casualty_syrian_recruits``. Look-alike: Syrians of no militia beside civilians stay as read.

Every sentence here was written for these tests; places are real Syrian names, the events invented.
"""

from __future__ import annotations

from contract_rows import killed_sums as killed


def test_syrian_members_of_the_militias_beside_irgc_members() -> None:
    text = (
        "Strike on a building\n\nIsraeli missiles hit a building in Al-Mazzeh on Tuesday, killing 12 people, including "
        "three civilians, four IRGC members and five Syrian members of the militias."
    )
    assert killed(text) == {"civilians": 3, "pro_iran_foreign": 4, "regime": 5}


def test_syrians_working_with_the_militias() -> None:
    text = (
        "Strike on a depot\n\nIsraeli missiles hit a depot near Al-Kiswah on Tuesday, killing nine people: two "
        "Hezbollah members, three IRGC members and four Syrians working with the militias."
    )
    assert killed(text) == {"pro_iran_foreign": 5, "regime": 4}


def test_syrians_of_no_militia_beside_civilians() -> None:
    text = (
        "Shelling of a market\n\nShelling hit a market in Al-Bab on Monday, killing six people: three civilians and "
        "three Syrians working in the market."
    )
    assert killed(text).get("regime", 0) == 0
