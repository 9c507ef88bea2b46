"""A victim of his own in a town of his own: another incident, not more of the one told before.

* a paragraph set in another town whose victim is "a member of X" / "a former fighter of Y" killed or wounded there
  ("In the village of B, a member of the 5th Corps was shot dead ...") after a killing in town A: two incidents;
* a clause led by its own town after "while" ("..., while in the town of B, an officer was wounded by gunfire"):
  its own incident, also when its kind of event is the one told before.

Look-alikes: a paragraph naming the same town, and a "while" clause led by no town ("..., while a passer-by was
wounded"), stay in the incident told before.

Sentences written for these tests.
"""

from __future__ import annotations

from contract_rows import contract, place_names


def test_member_shot_in_another_town_is_another_incident() -> None:
    row = contract("Killings in Daraa\n\n"
                   "In the town of Jasim in the northern countryside of Daraa, gunmen shot dead a young man near a bakery.\n\n"
                   "In Saida town in the eastern countryside, a member of the Air Force Intelligence was killed by bullets "
                   "of unknown gunmen while he was driving home.")
    assert len(row["incidents"]) == 2
    assert place_names(row)[1][0] == "Saida"


def test_clause_led_by_its_own_town_is_another_incident() -> None:
    row = contract("Two attacks in Daraa\n\n"
                   "Gunmen shot dead a young man in the town of Tafas in the western countryside of Daraa on Monday, "
                   "while in the town of Jasim, a member of the regime's State Security was wounded by gunfire from "
                   "unknown gunmen.")
    assert len(row["incidents"]) == 2


def test_look_alike_same_town_stays_one_incident() -> None:
    row = contract("Killing in Daraa\n\n"
                   "In the town of Jasim in the northern countryside of Daraa, gunmen shot dead a young man near a bakery.\n\n"
                   "In Jasim, a member of his family said he had received threats.")
    assert len(row["incidents"]) == 1


def test_look_alike_while_clause_without_town_stays_whole() -> None:
    row = contract("Shooting in Daraa\n\n"
                   "Gunmen shot dead a young man in the town of Tafas in the western countryside of Daraa on Monday, "
                   "while a passer-by was wounded by gunfire from the same gunmen.")
    assert len(row["incidents"]) == 1
