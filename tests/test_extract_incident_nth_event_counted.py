"""Incidents: a sentence that ranks the event told among others ("the strike was the 12th launched by drones on areas
held by X since January", "marks the ninth time this month that ...") counts events and tells of no new one.

Look-alike: a ranked strike told with its own dead is still read as an event.

Every sentence here was written for these tests; none is taken from an evaluation set.
"""

from __future__ import annotations

from contract_rows import contract, kinds

_LEAD = ("Monitor update\n\n"
         "Two members of the Asayish were killed on Sunday when a Turkish drone hit their car near Tal Hamis in the "
         "countryside of Hasakah.\n"
         "On Saturday, Turkish artillery shelled the village of Tal Jihan, wounding a farmer.\n")


def test_ordinal_count_of_strikes_is_no_incident() -> None:
    row = contract(_LEAD + "Sunday's strike was the 12th launched by Turkish drones on areas held by the Autonomous "
                           "Administration of North and East Syria since January.")
    assert kinds(row) == ["drone_strike", "shelling"]


def test_look_alike_ranked_strike_with_its_own_dead_is_read() -> None:
    row = contract("Monitor update\n\nA Turkish drone strike on a car near Amuda on Friday, which was the third such "
                   "strike on the town this year, killed a civilian.")
    assert kinds(row) == ["drone_strike"]
