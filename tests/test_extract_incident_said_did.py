"""A party that says what it did ("the army said on Monday that it had killed four smugglers") is the doer of the
deed: the figure is an event's toll, not a statistic with no actor (``incident_said_did``).

Every sentence here was written for these tests; the events are invented.
"""

from __future__ import annotations

from contract_rows import contract, killed_per_incident


def test_army_that_said_on_a_day_that_it_killed_smugglers() -> None:
    text = ("Border guards kill smugglers\n\nThe Jordanian army said on Monday that it had killed four smugglers and "
            "wounded others who tried to cross the border with a load of drugs.")
    assert killed_per_incident(contract(text)) == [{"unknown": 4}]


def test_army_that_said_its_troops_foiled_a_crossing() -> None:
    text = ("Border guards kill smugglers\n\nThe Jordanian army said its troops had thwarted a smuggling attempt on the "
            "border, killing three smugglers.")
    assert killed_per_incident(contract(text)) == [{"unknown": 3}]
