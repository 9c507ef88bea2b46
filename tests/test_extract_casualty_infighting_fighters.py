"""Casualties: in infighting ("clashes between fighters of X and Y, both affiliated with the National Army", or
told as "infighting"), fighters killed with no side named are of the one side both belong to, not of no side.

Look-alike: clashes between a side and gunmen of no side keep the gunmen's dead apart (unknown).

Every sentence here was written for these tests; none is taken from an evaluation set.
"""

from __future__ import annotations

from contract_rows import contract, summed


def test_fighters_killed_in_infighting_are_the_sides() -> None:
    row = contract("Monitor update\n\nClashes broke out on Sunday between fighters of the \"Sultan Suleiman Shah\" and "
                   "\"Jaysh al-Islam\" factions, both affiliated with the Turkish-backed National Army, in the town of "
                   "Jinderis over the control of a checkpoint. SOHR said four fighters and a civilian were killed in the "
                   "fighting, and six fighters of the two factions were wounded.")
    assert summed(row, "killed") == {"turkey_factions": 4, "civilians": 1}


def test_look_alike_side_against_clan_gunmen() -> None:
    row = contract("Monitor update\n\nClashes broke out on Sunday between regime soldiers on one side and clan gunmen "
                   "on the other in the town of Sanamayn, killing two soldiers and three gunmen.")
    assert summed(row, "killed") == {"regime": 2, "unknown": 3}
