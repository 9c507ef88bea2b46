"""Incidents: an event followed by a clause of its setting ("..., amid continuing reinforcements", "..., in what sources
believe was a bid to swap him for men detained by the security services") is still an event: the reinforcements and the
detentions belong to the later clause, not to the event.

Every sentence here was written for these tests; none is taken from an evaluation set.
"""

from __future__ import annotations

from contract_rows import contract


def test_shelling_amid_reinforcements_is_an_incident() -> None:
    text = (
        "Regime forces shelled the vicinity of the village of Kafr Ain in the southern countryside of Idlib on Sunday, "
        "amid continuing military reinforcements to the area."
    )
    rows = contract(text)["incidents"]
    assert [r["type"] for r in rows] == ["shelling"]


def test_abduction_in_what_was_a_bid_to_swap_detainees_is_an_incident() -> None:
    text = (
        "Unknown gunmen abducted an army officer at the entrance of the town of Qanawat on Monday, in what local "
        "sources believe was an attempt to swap him for young men detained by the security services."
    )
    rows = contract(text)["incidents"]
    assert [r["type"] for r in rows] == ["abduction"]


def test_arrests_alone_are_no_incident() -> None:
    text = "Security forces arrested three young men at a checkpoint near the town of Qanawat on Monday."
    assert contract(text)["incidents"] == []
