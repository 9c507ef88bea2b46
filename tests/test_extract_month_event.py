"""Incidents: one earlier event told with only its month ("Also in May, a U.S. strike on a car near X killed two
commanders") is an incident of its own, not a total of the month, nor more of the event told before it.

Every sentence here was written for these tests; none is taken from an evaluation set.
"""

from __future__ import annotations

from contract_rows import contract

_LEAD = (
    "A U.S. drone strike killed two militants of a jihadist group on Sunday when it hit their motorbike near the "
    "town of Sarmada in northern Idlib, a war monitor said.\n"
)


def test_an_earlier_strike_of_its_month_is_its_own() -> None:
    text = (
        _LEAD
        + "Also in May, a U.S. strike on a car near the town of Atmeh killed two senior commanders of the group.\n"
    )
    rows = contract(text)["incidents"]
    assert len(rows) == 2
    assert sum(sum(r["killed"].values()) for r in rows) == 4


def test_an_ambush_told_by_its_month() -> None:
    text = _LEAD + "In February, an ambush on a patrol near the village of Kafr Lusin killed three fighters.\n"
    assert len(contract(text)["incidents"]) == 2


def test_one_person_hurt_in_a_month_is_an_event_not_a_total() -> None:
    text = (
        _LEAD
        + "It was the third such attack in the area this year.\n"
        + "In March, a local guard was wounded when gunmen opened fire on a checkpoint near the village of Qah.\n"
    )
    rows = contract(text)["incidents"]
    assert len(rows) == 2
    assert sum(sum(r["injured"].values()) for r in rows) == 1


def test_an_earlier_quarrel_after_a_colon_is_its_own() -> None:
    text = (
        "Two militiamen were killed on Friday when a quarrel between two pro-government militias turned into a "
        "gunfight in the town of al-Qusayr in the countryside of Homs.\n"
        "It is not the first such dispute: in mid-March, a member of one of the militias was shot dead by a fighter "
        "of the other at a checkpoint near the village of Rableh.\n"
    )
    rows = contract(text)["incidents"]
    assert len(rows) == 2
