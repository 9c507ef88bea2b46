"""A risen toll told with a day of its own ("One of the injured died of his wounds in hospital on Sunday, bringing the
death toll to seven") is the toll of the incident told before, not a new incident (``incident_split._toll_rose_later``).

Every sentence here was written for these tests; places are real Syrian names, the events invented.
"""

from __future__ import annotations

from contract_rows import CASUALTY_TESTS_DAY, contract, killed_per_incident


def test_wounded_died_next_day_raises_the_toll() -> None:
    row = contract("Mine blast\n\nSix shepherds were killed and two others injured when a landmine exploded near their "
                   "flock in the desert of Palmyra on Saturday, the monitor said.\n\nOne of the injured died of his wounds "
                   "in hospital on Sunday, bringing the death toll to seven, the monitor added.", CASUALTY_TESTS_DAY)
    assert killed_per_incident(row) == [{"civilians": 7}]


def test_another_event_on_the_next_day_stays_apart() -> None:
    # look-alike: a sentence with its own event on the later day is another incident
    row = contract("Mine blast\n\nSix shepherds were killed when a landmine exploded near their flock in the desert of "
                   "Palmyra on Saturday, the monitor said.\n\nOn Sunday, a drone strike on a car near Maskanah killed "
                   "three fighters.", CASUALTY_TESTS_DAY)
    assert len(row["incidents"]) == 2
