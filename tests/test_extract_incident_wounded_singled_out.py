"""One person singled out and only wounded: an assassination attempt, typed `assassination`.

* "a member of X was wounded when unknown gunmen opened fire on him": one person told in the passive, shot at by
  gunmen, with no dead;
* "gunmen opened fire on him": the victim pointed to as one person.

Look-alikes: gunmen who opened fire on a patrol or a convoy (a member of it wounded) carry out an attack, not an
assassination; one dead in a fight at a checkpoint stays an attack.

Sentences written for these tests.
"""

from __future__ import annotations

from contract_rows import contract, kinds


def test_member_wounded_when_gunmen_opened_fire_on_him() -> None:
    row = contract("Shooting in Sweida\n\n"
                   "An employee of the regime's Criminal Security was injured on Thursday when unknown gunmen opened fire "
                   "on him in the village of Ariqa in the western countryside of As-Sweida.")
    assert kinds(row) == ["assassination"]


def test_fighter_wounded_by_gunfire_of_unidentified_gunmen() -> None:
    row = contract("Attack in Daraa\n\n"
                   "A former fighter of the factions who had joined the 5th Corps was wounded by gunfire from unidentified "
                   "gunmen in the town of Busra al-Harir in the eastern countryside of Daraa.")
    assert kinds(row) == ["assassination"]


def test_look_alike_patrol_fired_on_stays_an_attack() -> None:
    row = contract("Attack in Hasakah\n\n"
                   "A member of the Asayish was wounded when unknown gunmen opened fire on a patrol near the town of "
                   "al-Shaddadi in the southern countryside of Al-Hasakah.")
    assert kinds(row) == ["attack"]


def test_look_alike_convoy_fired_on_stays_an_attack() -> None:
    row = contract("Attack in Daraa\n\n"
                   "A soldier was wounded after gunmen opened fire on a military convoy near the town of Nawa in the "
                   "western countryside of Daraa.")
    assert kinds(row) == ["attack"]
