"""A toll of no side broken down into several parts of one side (``core._absorb``; was ``casualty_same``): "has risen to 12: seven
soldiers of the 4th Division, three NDF members and two civilians": the regime's figure is ten, the sum of its parts.

Every sentence here was written for these tests; places are real Syrian names, the events invented.
"""

from __future__ import annotations

from contract_rows import killed_sums as killed


def test_parts_of_one_side_are_summed() -> None:
    text = ("Bus attack toll rises\n\nThe toll of the ISIS attack on a bus near Al-Shula has risen to 12: seven soldiers of "
            "the 4th Division, three members of the National Defence Forces and two civilians.")
    assert killed(text) == {"regime": 10, "civilians": 2}


def test_parts_of_different_sides_stay_apart() -> None:
    text = ("Bus attack toll rises\n\nThe toll of the ISIS attack on a bus near Al-Shula has risen to nine: seven soldiers and "
            "two civilians.")
    assert killed(text) == {"regime": 7, "civilians": 2}
