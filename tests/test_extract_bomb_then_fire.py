"""Incidents: how an ambush was carried out ("the cells set off an IED under the lead vehicle before opening fire on
the rest of the convoy, which was heading to X") is the ambush told, not another incident.

Every sentence here was written for these tests; none is taken from an evaluation set.
"""

from __future__ import annotations

from contract_rows import contract


def test_bomb_then_fire_is_the_ambush() -> None:
    text = (
        "ISIS cells ambushed a convoy of regime forces in the desert of Al-Sukhnah in the eastern countryside of Homs "
        "on Friday, killing six soldiers and wounding nine others.\n"
        "According to the monitor's sources, the cells detonated an IED under the lead vehicle before opening fire "
        "with machine guns on the rest of the convoy, which was heading to the Al-Hail oil field."
    )
    rows = contract(text)["incidents"]
    assert len(rows) == 1 and rows[0]["type"] == "ambush"
