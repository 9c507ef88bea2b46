"""Incidents: "Islamist groups", "jihadist factions" after "and", "to" or "from" name who, not where: talk of the
groups' past bombings placed nowhere tells of no event.

Look-alike: bombings told in a named town stay an event.

Every sentence here was written for these tests; none is taken from an evaluation set.
"""

from __future__ import annotations

from contract_rows import contract, kinds


def test_islamist_groups_are_no_place() -> None:
    row = contract("Monitor update\n\nA car bomb went off near a bakery in Qudsaya on Monday, killing five people.\n"
                   "Nobody claimed the blast. Rebels have fought around the capital for years, and Islamist groups have "
                   "claimed earlier bombings there.")
    assert kinds(row) == ["ied_landmine"]


def test_look_alike_bombing_in_a_town_is_an_event() -> None:
    row = contract("Monitor update\n\nA car bomb went off near a bakery in Qudsaya on Monday, killing five people.\n\n"
                   "On Tuesday, a bombing near a checkpoint in Dummar wounded two soldiers.")
    assert len(kinds(row)) == 2
