"""A party that says what it did ("the army said on Monday that it had killed four smugglers") is the doer of the
deed: the figure is an event's toll, not a statistic with no actor (``incident_said_did``).

Every sentence here was written for these tests; the events are invented.
"""

from __future__ import annotations

from contract_rows import contract, killed_per_incident
from observatory.extract.incident_said_did import said_deed


def test_army_that_said_on_a_day_that_it_killed_smugglers() -> None:
    text = ("Border guards kill smugglers\n\nThe Jordanian army said on Monday that it had killed four smugglers and "
            "wounded others who tried to cross the border with a load of drugs.")
    assert killed_per_incident(contract(text)) == [{"unknown": 4}]


def test_army_that_said_its_troops_foiled_a_crossing() -> None:
    text = ("Border guards kill smugglers\n\nThe Jordanian army said its troops had thwarted a smuggling attempt on the "
            "border, killing three smugglers.")
    assert killed_per_incident(contract(text)) == [{"unknown": 3}]


def test_they_who_clashed_are_the_dead_told_before_not_the_party() -> None:
    # "they" are the three fighters killed: the SDF did not kill its own men
    text = ("Three SDF fighters were killed near Thiban on Sunday. The SDF said on Monday that they had clashed with ISIS "
            "cells for hours.")
    at = text.index("SDF said") + len("SDF")
    assert said_deed(text, at, len(text)) is None
    assert said_deed("The SDF said they had killed three ISIS members.", 7, 48) is not None
