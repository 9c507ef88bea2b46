"""People abducted or arrested in numbers over a period ("cells abducted more than 40 shepherds during the season"):
a tally, not an incident. Look-alike: "gunmen abducted three men on Monday" is an event.

Sentences written for these tests.
"""

from __future__ import annotations

from contract_rows import contract
from observatory.extract.incident_taken_tally import taken_over_period


def test_taken_over_a_season_is_a_tally() -> None:
    assert taken_over_period("ISIS cells also abducted more than 40 shepherds during the season, most of them freed.")
    assert taken_over_period("Security forces arrested at least 230 young men over the past two weeks.")


def test_few_taken_or_no_period_is_no_tally() -> None:
    assert not taken_over_period("Gunmen abducted three men on Monday near the town.")
    assert not taken_over_period("Cells abducted 12 shepherds near the village on Sunday.")
    # (review r45 rev2: one abduction on a day, set in its season, was read as a tally)
    assert not taken_over_period("ISIS cells abducted 15 truffle hunters near Al-Sukhnah on Tuesday, the second time in the season.")
    assert not taken_over_period("ISIS cells abducted 15 shepherds near Uqayribat, the largest abduction in the past year.")


def test_report_keeps_only_the_attack() -> None:
    row = contract(
        "Shepherds in the desert\n\n"
        "On Sunday, ISIS gunmen attacked shepherds near Uqayribat, killing four of them.\n\n"
        "In addition, the cells abducted more than 40 shepherds during the season, most of whom were "
        "released days later."
    )
    assert len(row["incidents"]) == 1
