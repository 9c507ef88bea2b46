"""Incidents: "The escalation came after a drone attack on a graduation ceremony in X" tells, in passing, one event
the report's events followed: an incident of its own, with no toll; not "came after Ankara blamed the PKK for a
bombing" (a statement), nor "came days after one of the deadliest attacks in years" (no one event named).

Every sentence here was written for these tests; none is taken from an evaluation set.
"""

from __future__ import annotations

from datetime import date

from contract_rows import contract

_LEAD = "Regime artillery shelled the town of Binnish on Tuesday, killing two civilians. "


def _types(text: str) -> list[str]:
    return [str(r["type"]) for r in contract(_LEAD + text, date(2023, 10, 11))["incidents"]]


def test_the_event_the_escalation_came_after() -> None:
    text = "The escalation came after a drone attack on a graduation ceremony at the police academy in Hama city, which Damascus blamed on rebels."
    assert sorted(_types(text)) == ["drone_strike", "shelling"]


def test_a_statement_after_came_after_is_no_event() -> None:
    text = "The bombardment came after Damascus accused the rebels of a bombing in the capital."
    assert _types(text) == ["shelling"]


def test_one_of_many_attacks_is_no_event() -> None:
    text = "The bombardment came days after one of the deadliest rebel attacks in years."
    assert _types(text) == ["shelling"]


def test_came_after_another_told_by_the_next_sentence_is_one_event() -> None:
    row = contract(
        "Israeli strike near Damascus\n\n"
        "Israeli missiles struck a depot near al-Kiswah on Sunday, killing three soldiers. The strike came "
        "days after another Israeli attack. On April 2, Israeli jets struck a research centre near "
        "Masyaf, wounding two guards.",
        date(2023, 4, 9),
    )
    assert len(row["incidents"]) == 2
