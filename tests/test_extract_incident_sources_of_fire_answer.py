"""Incidents: the other side "targeted (shelled, struck) the sources of fire", with a toll of its own, is its answer to
the bombardment told before: an incident of its own.

Look-alike: more about the bombardment told, with no answer in it, stays the same incident.

Every sentence here was written for these tests; none is taken from an evaluation set.
"""

from __future__ import annotations

from contract_rows import contract, kinds

_SHELLING = ("Syrian Observatory for Human Rights\nTurkish shelling on Ain Issa countryside\n\n"
             "Turkish forces shelled Saida and Mu'allaq villages in the countryside of Ain Issa in the northern "
             "countryside of Raqqa this morning, wounding two civilians.\n\n")


def test_answer_on_the_sources_of_fire_is_its_own_incident() -> None:
    row = contract(_SHELLING + "The SDF said in a statement that its fighters shelled the sources of fire near "
                               "Ain Issa, killing three Turkish-backed gunmen.")
    assert len(kinds(row)) == 2


def test_look_alike_more_of_the_shelling_stays() -> None:
    row = contract(_SHELLING + "The shelling, which lasted for an hour, also damaged several houses in Saida village.")
    assert len(kinds(row)) == 1
