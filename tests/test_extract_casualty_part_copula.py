"""A part of a figure told with a copula takes the side its words name (``casualty_part_copula``): "killing nine
soldiers, one of whom was a Russian serviceman" is regime 8 and russia 1, as "one of them a Russian" is; "16 of whom
were killed by Russian airstrikes" names who killed them, not who they were.

Every sentence here was written for these tests; places are real Syrian names, the events invented.
"""

from __future__ import annotations

from contract_rows import contract
from contract_rows import killed_sums as killed


def test_part_told_with_was_takes_its_nationality() -> None:
    text = ("Attack near al-Shaer\n\nISIS cells attacked a position of the ISIS Hunters near the al-Shaer gas field on "
            "Monday night, killing seven fighters, one of whom was a Russian adviser.")
    assert killed(text) == {"regime": 6, "russia": 1}


def test_part_told_with_were_takes_its_nationality() -> None:
    text = ("Strike near al-Bukamal\n\nUnidentified aircraft struck a convoy near al-Bukamal on Sunday, killing 11 "
            "members of Iranian-backed militias, four of whom were Syrian members of the militias.")
    assert killed(text) == {"pro_iran_foreign": 7, "regime": 4}


def test_part_killed_by_someone_keeps_the_whole_side() -> None:
    text = ("ISIS losses in May\n\nDuring the same month, SOHR documented the deaths of 21 ISIS members, 15 of whom were "
            "killed by Russian airstrikes.")
    assert [(t["side"], t["killed"]) for t in contract(text)["totals"]] == [("isis", 21)]
