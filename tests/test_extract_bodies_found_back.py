"""Incidents: the bodies of the dead told found on a later day ("Gunmen killed four farmers after seizing them on
Sunday", then "the bodies were found this morning") are the same killing, not another event.

Every sentence here was written for these tests; none is taken from an evaluation set.
"""

from __future__ import annotations

from contract_rows import contract


def test_the_bodies_found_the_next_morning() -> None:
    text = (
        "ISIS members executed four farmers after seizing them yesterday near the village of Rasm al-Ahmar in the "
        "eastern countryside of Hama.\n"
        "Local sources said that the bodies were found this morning with gunshot wounds, while the gunmen took the "
        "farmers' tractors with them."
    )
    rows = contract(text)["incidents"]
    assert len(rows) == 1 and rows[0]["type"] == "execution"
