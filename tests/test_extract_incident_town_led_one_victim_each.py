"""Incidents: a sentence led by a town the incident does not name ("In B, a policeman died when a bomb planted in his
car went off"), telling one victim by a kind of its own after an incident of one victim ("gunmen shot dead a teacher
in A"), is another incident, though both count one dead.

Look-alike: the same victim told again in the same town, by the same kind, stays the incident's.

Every sentence here was written for these tests; none is taken from an evaluation set.
"""

from __future__ import annotations

from contract_rows import contract, kinds

_HEAD = ("Syrian Observatory for Human Rights\nTwo killed in Daraa\n\n"
         "Unknown gunmen shot dead a member of the regime's Military Security in Jasim city in the northern countryside "
         "of Daraa on Sunday. ")


def test_town_led_bomb_victim_is_another_incident() -> None:
    row = contract(_HEAD + "In Nawa, a former commander of the factions who had joined the 5th Corps lost his life when "
                           "an IED planted in his car went off.")
    assert len(kinds(row)) == 2


def test_look_alike_same_victim_in_the_same_town_stays() -> None:
    row = contract(_HEAD + "In Jasim, the member was shot near his house, SOHR sources said.")
    assert len(kinds(row)) == 1
