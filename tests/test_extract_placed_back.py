"""Incidents: the event told so far, named back and placed ("Others were hurt in the attack, which took place in the
X area", after an ambush) is more of it, not another incident; its attackers' dead in the clashes after it are its own too.

Every sentence here was written for these tests; none is taken from an evaluation set.
"""

from __future__ import annotations

from contract_rows import contract

_LEAD = (
    "ISIS cells ambushed a patrol of regime soldiers at dawn today in the desert of Al-Sukhnah in the eastern "
    "countryside of Homs, killing five soldiers: three officers and two conscripts. "
)


def test_the_ambush_placed_back_is_the_same() -> None:
    text = _LEAD + (
        "Others sustained injuries in the attack, which took place in Wadi Abu Qalqal area.\nSoldiers who "
        "rushed to the area engaged in clashes with the attackers, which left two ISIS members dead."
    )
    rows = contract(text)["incidents"]
    assert len(rows) == 1
    assert rows[0]["killed"] == {"regime": 5, "isis": 2}


def test_another_attack_placed_is_its_own() -> None:
    text = _LEAD + "Another soldier was killed in another attack, which took place near Palmyra on Friday."
    assert len(contract(text)["incidents"]) == 2
