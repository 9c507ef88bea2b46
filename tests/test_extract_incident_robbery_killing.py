"""Incidents: a man shot dead by gunmen of no side who robbed him ("stole the money he had on him", "in a robbery") is a
murder (`other`), not an assassination.

Look-alike: a side's gunmen who also took sheep stay an attack.

Every sentence here was written for these tests; none is taken from an evaluation set.
"""

from __future__ import annotations

from contract_rows import contract, kinds


def test_robbery_killing_is_other() -> None:
    row = contract("Monitor update\n\nUnidentified gunmen shot dead a goldsmith in the market of Tabqa city this evening "
                   "and stole the cash in his shop before fleeing.")
    assert kinds(row) == ["other"]


def test_look_alike_isis_gunmen_who_stole_sheep_attack() -> None:
    row = contract("Monitor update\n\nISIS gunmen shot dead two shepherds near Kabajeb on Monday and stole their sheep.")
    assert kinds(row) == ["attack"]
