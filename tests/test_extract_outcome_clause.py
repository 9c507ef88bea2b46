"""Incidents: what came of an event, told in a closing clause ("..., sparking clashes that are still ongoing", "...,
and their fate remains unknown until now"), is no talk of a habit: the event is one incident.

Every sentence here was written for these tests; none is taken from an evaluation set.
"""

from __future__ import annotations

from contract_rows import contract


def test_attack_sparking_clashes_still_ongoing_is_an_incident() -> None:
    text = (
        "Cells of ISIS attacked a position of regime forces in the desert of Maadan on Friday, sparking clashes that "
        "are still ongoing."
    )
    rows = contract(text)["incidents"]
    assert [r["type"] for r in rows] == ["attack"]


def test_abduction_whose_victims_fate_is_unknown_until_now_is_an_incident() -> None:
    text = (
        "ISIS cells abducted six truffle hunters near the village of Kabajib on Friday, and their fate remains unknown "
        "until now."
    )
    rows = contract(text)["incidents"]
    assert [r["type"] for r in rows] == ["abduction"]


def test_attacks_still_ongoing_are_talk_of_a_habit() -> None:
    text = "ISIS cells are still carrying out attacks on regime positions in the desert until now."
    assert contract(text)["incidents"] == []
