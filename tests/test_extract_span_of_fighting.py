"""Incidents: fighting or strikes named only as a span of time ("a truce took hold on Friday in the town, after weeks
of fighting", "troops captured the village last week after days of intense bombardment") are many events told as
what came before, no incident; a town "seized after three days of fighting" is left an event of its own.

Every sentence here was written for these tests; none is taken from an evaluation set.
"""

from __future__ import annotations

from contract_rows import contract


def _kinds(text: str) -> list[str]:
    return sorted(str(r["type"]) for r in contract(text)["incidents"])


def test_truce_after_weeks_of_fighting() -> None:
    text = (
        "A Russian-brokered truce took hold on Friday in the town of Tafas, after weeks of fighting between "
        "government troops and local gunmen.\n"
        "On Thursday, government shelling of Tafas killed three civilians, the monitor said."
    )
    assert _kinds(text) == ["shelling"]


def test_captured_after_days_of_bombardment() -> None:
    text = (
        "Russian jets struck the town of Kafr Sajna on Monday, killing four civilians.\n"
        "The strikes hit homes near Hish, which government troops captured last week after days of intense "
        "bombardment, the monitor said."
    )
    assert _kinds(text) == ["airstrike"]


def test_skirmishes_that_went_on_through_a_truce() -> None:
    text = (
        "Government jets struck a market in the town of Ariha on Tuesday, killing six civilians, the monitor said.\n"
        "A truce agreed by the two sponsors took effect on Saturday, but skirmishes between troops and rebels "
        "have continued on the western edge of the region."
    )
    assert _kinds(text) == ["airstrike"]
