"""Incidents: clashes that erupted "where" or "after" gunmen attacked a position, however many words lie between, are
that attack.

Look-alike: clashes between two sides with no attack told stay a clash.

Every sentence here was written for these tests; none is taken from an evaluation set.
"""

from __future__ import annotations

from contract_rows import contract, kinds


def test_clashes_erupted_where_gunmen_attacked() -> None:
    row = contract("Monitor update\n\nClashes erupted this morning in Sabha town, where clan gunmen attacked an SDF "
                   "checkpoint on the main road, leaving two SDF members dead.")
    assert kinds(row) == ["attack"]


def test_clashes_broke_out_after_a_long_approach_then_attack() -> None:
    row = contract("Monitor update\n\nFour SDF members were killed on Friday in clashes that broke out after the "
                   "gunmen crossed the river by night in small boats and attacked SDF posts in Abu Hardoub.")
    assert kinds(row) == ["attack"]


def test_look_alike_clashes_without_attack_stay_clash() -> None:
    row = contract("Monitor update\n\nClashes erupted this morning in Sabha town between clan gunmen and SDF members, "
                   "leaving two SDF members dead.")
    assert kinds(row) == ["clash"]
