"""The monitor's earlier account of an incident whose toll has risen, opened by "Earlier," ("Earlier, SOHR reported
that five people had died when ..."), or telling the dead as lives lost: the same incident's older toll, not
another incident. Sentences written for these tests."""

from __future__ import annotations

from contract_rows import contract, kinds


def test_earlier_sohr_reported_is_the_same_incident() -> None:
    row = contract("Toll rises\n\nThe death toll of the mine blast that hit a minibus near the town of Maadan in the "
                   "eastern countryside of Raqqa on Tuesday has risen to eight, after two of the wounded died.\n\n"
                   "Earlier, SOHR reported that six civilians lost their lives and seven others were wounded when an "
                   "old landmine went off under the minibus on a road south of Maadan.")
    assert kinds(row) == ["ied_landmine"]


def test_look_alike_earlier_another_blast_is_another_incident() -> None:
    row = contract("Toll rises\n\nThe death toll of the mine blast that hit a minibus near the town of Maadan in the "
                   "eastern countryside of Raqqa on Tuesday has risen to eight, after two of the wounded died.\n\n"
                   "Earlier on Monday, a child was killed by a war remnant in the village of Al-Sabkha.")
    assert len(kinds(row)) == 2
