"""A line of a list by killer whose figure the line splits by side: "Killed by ISIS cells: 20, they are 12 SDF members
and eight civilians" gives a total of each side with ISIS as the killer, and no total of ISIS's own dead. Look-alike:
a line whose figure names one side only ("Killed by Russian forces: 7, including 2 children") stays as it is.

Sentences written for these tests.
"""

from __future__ import annotations

from contract_rows import contract

_OPEN = "The monitor documented the deaths of 43 people in areas held by the SDF in April 2023, as follows:\n\n"


def _by_killer(text: str) -> list[tuple[str, int, object]]:
    totals = contract(text)["totals"]
    assert isinstance(totals, list)
    return sorted((t["side"], t["killed"], t.get("perpetrator")) for t in totals)


def test_killer_line_split_by_side() -> None:
    found = _by_killer(
        _OPEN + "Killed by ISIS cells: 20, they are 12 SDF members and eight civilians.\n\n"
        "Killed by Turkish drones and shelling: 23, they are: 15 SDF members, five civilians, including a child, and "
        "three regime soldiers.\n"
    )
    assert ("isis", 20, None) not in found
    assert ("sdf", 12, "isis") in found
    assert ("civilians", 8, "isis") in found
    assert ("sdf", 15, "turkey_factions") in found
    assert ("regime", 3, "turkey_factions") in found


def test_killer_line_of_one_side_stays() -> None:
    found = _by_killer(
        "The network documented the deaths of 90 civilians in Syria in April 2023. The civilians were killed as "
        "follows:\nKilled by Syrian regime forces: 30, including 6 children.\nKilled by Russian forces: 7, including 2 "
        "children.\nKilled by other parties: 53.\n"
    )
    assert ("civilians", 7, "russia") in found
    assert ("civilians", 30, "regime") in found
