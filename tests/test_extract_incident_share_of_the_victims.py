"""Incidents: after a period total, "Most of the victims (the dead) were killed in assassinations, while others died in
IED blasts and in the shelling of X" tells how the period's dead died, not of an incident.

Look-alike: an event told after the total in a sentence of its own stays an incident.

Every sentence here was written for these tests; none is taken from an evaluation set.
"""

from __future__ import annotations

from contract_rows import contract, kinds

_TOTAL = ("Quneitra in 2022 | SOHR documents 61 deaths\n\n"
          "SOHR has documented the death of 61 people in Quneitra province from 1 January to 31 December 2022, as "
          "follows:\n"
          "30 civilians, among them 5 children.\n"
          "31 members of regime forces and collaborators.\n")


def test_most_of_the_victims_is_no_incident() -> None:
    row = contract(_TOTAL + "Most of the victims were killed in assassinations by unknown gunmen, while others died in IED "
                            "explosions and in the shelling of Jubata al-Khashab during the summer.")
    assert kinds(row) == []


def test_look_alike_event_of_its_own_after_the_total_stays() -> None:
    row = contract(_TOTAL + "On Monday, an IED exploded in Jubata al-Khashab town, killing two soldiers.")
    assert kinds(row) == ["ied_landmine"]
