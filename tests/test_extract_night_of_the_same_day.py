"""Incidents: "On the night of the same day, an IED went off ..." opens another event of that day, as "On the same
night" does, not more of the killing told before it.

Every sentence here was written for these tests; none is taken from an evaluation set.
"""

from __future__ import annotations

from contract_rows import contract


def test_the_night_of_the_same_day_opens_another_event() -> None:
    text = (
        "A former rebel commander was shot dead by unknown gunmen on Friday as he left his shop in the town of "
        "Nawa in the western countryside of Daraa.\n"
        "On the night of the same day, an explosive device went off near the house of a local notable in the "
        "eastern neighbourhood of Nawa, causing material damage only."
    )
    assert len(contract(text)["incidents"]) == 2
