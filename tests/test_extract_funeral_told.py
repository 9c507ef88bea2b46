"""Incidents: the funeral of the incident's dead ("Hundreds of people took part in the funerals of the dead in B on
Friday") follows the event but is no event of its own; its mourners are no dead.

Every sentence here was written for these tests; none is taken from an evaluation set.
"""

from __future__ import annotations

from contract_rows import contract

_LEAD = (
    "A roadside bomb struck a minibus carrying members of a local militia on the road between the villages of "
    "Maliha and Jiza in the eastern countryside of Daraa on Monday morning, killing six of them.\n"
)


def test_funeral_in_another_town_is_no_incident() -> None:
    text = _LEAD + (
        "Hundreds of people took part in the funerals of the dead in Tafas on Tuesday, chanting against "
        "the militias.\nThe bombing is the deadliest on the militia this year."
    )
    rows = contract(text)["incidents"]
    assert len(rows) == 1
    assert sum(rows[0]["killed"].values()) == 6


def test_an_attack_after_the_funeral_is_its_own() -> None:
    text = _LEAD + (
        "Thousands attended the funeral of the victims on Tuesday.\n"
        "In a separate incident, gunmen shot dead a teacher in the town of Inkhil on Wednesday."
    )
    assert len(contract(text)["incidents"]) == 2
