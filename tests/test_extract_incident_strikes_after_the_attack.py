"""Incidents: another side's event of another kind told as coming "after the attack" ("Russian warplanes struck the
area after the attack") is an incident of its own, and does not change the attack's kind.

Look-alike: the attackers' own side acting after it ("ISIS cells shelled the area after the attack") stays part of it.

Every sentence here was written for these tests; none is taken from an evaluation set.
"""

from __future__ import annotations

from contract_rows import contract, kinds

_ATTACK = ("Syrian Observatory for Human Rights\nISIS attack in Homs desert\n\n"
           "ISIS cells attacked positions of regime forces near Al-Taybah village in the eastern countryside of Homs "
           "at dawn today, killing five soldiers and wounding three others. ")


def test_strikes_of_another_side_after_the_attack_are_their_own_incident() -> None:
    row = contract(_ATTACK + "Russian jets carried out about 15 airstrikes on the area following the attack.")
    assert kinds(row) == ["attack", "airstrike"]


def test_look_alike_the_attackers_shelling_after_it_stays() -> None:
    row = contract(_ATTACK + "The cells shelled the positions with mortars after the attack, before withdrawing.")
    assert len(kinds(row)) == 1
