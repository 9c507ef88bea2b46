"""Incidents: a rank one more than the incident's dead, who died of wounds on a later day ("A fourth man, who had been
seriously wounded, died in hospital on Sunday morning, bringing the death toll to four") is the same incident.

Every sentence here was written for these tests; none is taken from an evaluation set.
"""

from __future__ import annotations

from contract_rows import contract

_LEAD = (
    "Gunmen of a local faction fired on a family picking olives near the village of Maabatli in the Afrin "
    "countryside on Saturday evening, killing three men.\n"
)


def test_the_fourth_who_died_in_hospital_the_next_day() -> None:
    text = _LEAD + (
        "A fourth man, who had been seriously wounded, died in hospital on Sunday morning, bringing the "
        "death toll to four, the monitor said. Two other relatives were also hurt."
    )
    assert len(contract(text)["incidents"]) == 1


def test_a_fourth_killed_elsewhere_is_another() -> None:
    text = _LEAD + "A fourth man was shot dead in the town of Jinderes on Sunday morning by unknown gunmen."
    assert len(contract(text)["incidents"]) == 2
