"""A turning point of the war named to measure an event against ("The attack is the deadliest since the group lost its
last pocket in X last month", "The ambush comes two weeks after the announcement of the fall of X"): the town and
day in it are the turning point's; the sentence tells of no event of its own.

Look-alike: an event told in a town of its own with the same comparison stays an incident.

Sentences written for these tests.
"""

from __future__ import annotations

from contract_rows import titled

_LEAD = ("ISIS cells ambushed a bus carrying soldiers near the town of Kabajib in the desert of Deir Ezzor on Monday, "
         "killing nine of them. ")


def test_deadliest_since_the_loss_of_a_town() -> None:
    row = titled(_LEAD + "The ambush is the deadliest since the organization lost its last stronghold in the town of "
                 "Hajin, on the banks of the Euphrates, last month.")
    assert len(row["incidents"]) == 1


def test_comes_after_the_fall_of_a_town() -> None:
    row = titled(_LEAD + "The attack comes less than two weeks after the announcement of the fall of the last ISIS "
                 "pocket in Hajin.")
    assert len(row["incidents"]) == 1


def test_look_alike_event_in_a_town_of_its_own() -> None:
    row = titled(_LEAD + "On Tuesday, ISIS cells attacked a post near the town of al-Shoula, the deadliest attack since "
                 "the group lost Hajin, killing four soldiers.")
    assert len(row["incidents"]) == 2
