"""Incidents: a victim described as "a veteran of the battles against ISIS in X" (or of the fighting, the wars) has
a record, not a new event: the battles he fought in are no clash.

Look-alike: battles told as happening now stay a clash.

Every sentence here was written for these tests; none is taken from an evaluation set.
"""

from __future__ import annotations

from contract_rows import contract, kinds

_LEAD = ("Monitor update\n\n"
         "A Turkish drone struck a pickup truck near Tal Tamr on Tuesday, killing an SDF officer and his driver.\n")


def test_veteran_of_battles_is_a_record() -> None:
    row = contract(_LEAD + "The SDF mourned the officer in a statement, calling him a veteran of the fighting against "
                           "ISIS in Manbij and Hasakah.")
    assert kinds(row) == ["drone_strike"]


def test_look_alike_battles_now_are_a_clash() -> None:
    row = contract(_LEAD + "Meanwhile, fierce battles broke out between SDF fighters and ISIS cells near Manbij on "
                           "Tuesday evening, leaving three cell members dead.")
    assert kinds(row) == ["drone_strike", "clash"]
