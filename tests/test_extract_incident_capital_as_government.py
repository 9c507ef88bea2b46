"""Incidents: the capital named as the government ("accused Damascus and Tehran of stirring strife", "blamed Damascus
for ...") is no place of the incident: its governorate stays the one where it happened.

Look-alike: a shelling of Damascus places the incident there.

Every sentence here was written for these tests; none is taken from an evaluation set.
"""

from __future__ import annotations

from contract_rows import contract, governorates


def test_capital_accused_is_no_place() -> None:
    row = contract("Monitor update\n\nA woman was killed on Tuesday when mortar shells fired from across the river hit "
                   "houses in Shheil, a local source said. The SDF accused Damascus and Tehran of backing the gunmen.")
    assert governorates(row) != ["Damascus"]


def test_look_alike_shelling_on_damascus_places_it() -> None:
    row = contract("Monitor update\n\nMortar shells hit the Bab Touma neighbourhood of Damascus on Tuesday, wounding "
                   "three civilians.")
    assert governorates(row) == ["Damascus"]
