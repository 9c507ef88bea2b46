""""Killed by the explosion of a landmine", "in the blast of an IED": "the" before an event named with "of a" tells a
new event, not the one told so far. Sentences written for these tests."""

from __future__ import annotations

from contract_rows import contract, kinds


def test_killed_yesterday_by_the_explosion_of_a_mine_is_another_incident() -> None:
    row = contract("Attack on army post\n\nIS cells attacked an army post at dawn today near Al-Shula in the "
                   "countryside of Deir ez-Zor, killing three soldiers.\n\nIn the same context, a militiaman was killed "
                   "yesterday by the explosion of a landmine near Al-Shula desert, while on patrol.")
    assert kinds(row) == ["attack", "ied_landmine"]


def test_look_alike_the_explosion_named_back_stays_the_incident() -> None:
    row = contract("Mine kills soldiers\n\nA landmine exploded under a military vehicle near Al-Shula in the countryside "
                   "of Deir ez-Zor today, killing three soldiers.\n\nTwo more soldiers were wounded in the explosion.")
    assert kinds(row) == ["ied_landmine"]
