""""killed three farmers and wounded a fourth near the village", "killing an officer and wounding another before
pulling back": one more person hurt, told by an ordinal or "another" whose next words give a place, a time or a
clause, counts one of the side of the figure before it (``casualty_one_more.one_more_placed``).
Look-alikes: "a second" that counts strikes, not people, and "another" with no hurting verb before it count no one.

Every sentence here was written for these tests; places are real Syrian names, the events invented.
"""

from __future__ import annotations

from contract_rows import injured_sums as injured


def test_a_fourth_wounded_near_a_village() -> None:
    text = ("Mine blast near Maadan\n\nAn old mine went off under a pickup near Maadan on Tuesday, killing three farmers "
            "and wounding a fourth near the village of Kasrat, activists told the monitor.")
    assert injured(text) == {"civilians": 1}


def test_a_third_injured_at_a_checkpoint() -> None:
    text = ("Gunfire in Daraa\n\nUnknown gunmen killed two regime soldiers and injured a third at a checkpoint on the "
            "road to Tafas late on Sunday.")
    assert injured(text) == {"regime": 1}


def test_a_fifth_wounded_as_they_worked() -> None:
    text = ("Shooting in Afrin countryside\n\nGunmen shot dead four civilians from one family and wounded a fifth as "
            "they were picking olives in Rajo on Thursday morning.")
    assert injured(text) == {"civilians": 1}


def test_another_wounded_before_the_attackers_fled() -> None:
    text = ("Raid on a post\n\nISIS cells raided a post of the SDF in Dhiban at night, killing a fighter and wounding "
            "another before fleeing towards the river.")
    assert injured(text) == {"sdf": 1}


def test_a_second_strike_counts_no_one() -> None:
    text = ("Air raids on Sarmin\n\nA Russian jet struck a farm in Sarmin on Monday, killing two civilians, and a second "
            "in the same town hit an empty school.")
    assert injured(text) == {}
