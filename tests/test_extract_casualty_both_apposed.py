"""Victims named one by one and summed up in an apposition (``casualty_households.both_apposed``): "a man and
his son, both civilians, were killed": two civilians, not the pair and two more.

Every sentence here was written for these tests; places are real Syrian names, the events invented.
"""

from __future__ import annotations

from contract_rows import killed_sums as killed


def test_man_and_son_both_civilians() -> None:
    text = ("Shell hits a house in Kansafra\n\nA man and his son, both civilians, were killed when a regime shell hit their "
            "house in Kansafra on Tuesday.")
    assert killed(text) == {"civilians": 2}


def test_counted_people_both_civilians_stay_two() -> None:
    text = "Shelling on Ariha\n\nTwo people, both civilians, were killed in regime shelling on Ariha on Monday."
    assert killed(text) == {"civilians": 2}
