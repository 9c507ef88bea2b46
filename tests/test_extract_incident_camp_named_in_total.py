"""Incidents: an event placed only by "the camp" ("in the third sector of the camp") takes the camp the text named
before, also when only a sentence of totals named it.

Every sentence here was written for these tests; none is taken from an evaluation set.
"""

from __future__ import annotations

from contract_rows import contract, place_names


def test_camp_named_in_a_total() -> None:
    row = contract("Monitor update\n\nSOHR has documented the killing of 40 people inside Roj camp in the countryside of "
                   "Al-Hasakah since the start of the year.\n\nThe latest killing took place on June 3, when unknown "
                   "gunmen shot dead a woman in the third sector of the camp.")
    assert place_names(row) == [["Roj camp"]] or place_names(row) == [["Roj"]]
