"""Incidents: a place's story told by an earthquake ("X was one of the worst-hit places in the 6 February earthquake,
which killed dozens there") is no incident; an attack told after the quake is.

Every sentence here was written for these tests; none is taken from an evaluation set.
"""

from __future__ import annotations

from contract_rows import contract

_LEAD = (
    "Gunmen of a local faction fired on a family picking olives near the village of Maabatli in the Afrin "
    "countryside on Saturday evening, killing three men.\n"
    "Hundreds of people attended the funeral on Sunday, chanting against the factions.\n"
)


def test_the_village_hit_by_the_quake_is_no_incident() -> None:
    text = _LEAD + (
        "Maabatli was one of the worst-hit places in the 6 February earthquake, which flattened much of the "
        "village and killed dozens of its residents.\n"
        "Rights groups have documented killings and kidnappings in the region since 2018."
    )
    rows = contract(text)["incidents"]
    assert [r["type"] for r in rows] == ["attack"]


def test_shelling_after_the_quake_is_kept() -> None:
    text = _LEAD + "Two days after the earthquake, regime forces shelled the town of Jinderes, killing a woman."
    assert len(contract(text)["incidents"]) == 2
