"""Incidents: a headline that counts dead and names one town ("Two brothers shot dead by gunmen and raid leaves four dead
in B"), over two or more incidents told in the body, one of them in that town, is no incident of its own.

Look-alike: a headline without any dead, over a body of several incidents, is left to the rules that merge a title
with the body's first account.

Every sentence here was written for these tests; none is taken from an evaluation set.
"""

from __future__ import annotations

from contract_rows import contract, kinds

_BODY = ("SOHR sources reported that ISIS gunmen opened fire on a car on the road between Al-Kasrah and Muhaimidah villages in the western "
         "countryside of Deir Ezzor last night, killing two members of one family, a child among them.\n"
         "In Al-Sabha town, SDF members raided a house where an ISIS cell was hiding at dawn today. Clashes broke out "
         "during the raid, leaving three ISIS members and an SDF fighter dead.")


def test_headline_with_dead_in_one_town_over_two_incidents_is_no_incident() -> None:
    row = contract("Home | News | Reports\nDeir Ezzor | Two members of one family killed by ISIS gunmen and SDF raid "
                   "leaves four dead in Al-Sabha\n" + _BODY)
    assert len(kinds(row)) == 2


def test_look_alike_headline_without_dead_is_not_dropped_by_this_rule() -> None:
    row = contract("Home | News | Reports\nDeir Ezzor | Tension grows around Al-Sabha\n" + _BODY)
    assert len(kinds(row)) == 2
