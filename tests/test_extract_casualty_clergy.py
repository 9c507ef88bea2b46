"""Clergy counted as people and as civilians ("a priest and his father were shot dead", "shot dead a priest", "a
clergyman was killed", "two monks were injured"): SCHEMA treats them as civilians, as it does workers and trades
(``person_trades.TRADES``, the Civilians row of ``observatory/data/actors.csv``).

Every sentence here was written for these tests; places are real Syrian names, the events invented.
"""

from __future__ import annotations

from contract_rows import injured_sums, killed_sums


def test_priest_and_his_father_shot_dead() -> None:
    text = ("Bombs in Qamishli, priest shot dead\n\nAn Armenian Catholic priest and his father were shot dead by gunmen "
            "in the Deir al-Zor countryside on Monday.")
    assert killed_sums(text) == {"civilians": 2}


def test_gunmen_shot_dead_a_priest() -> None:
    text = "Gunmen kill priest\n\nUnknown gunmen shot dead a priest in Jasim on Monday."
    assert killed_sums(text) == {"civilians": 1}


def test_clergyman_killed() -> None:
    text = "Gunmen kill clergyman\n\nA clergyman was killed by unknown gunmen in Jasim on Monday."
    assert killed_sums(text) == {"civilians": 1}


def test_two_monks_injured() -> None:
    text = "Shell hits church\n\nTwo monks were injured when a shell hit a church in Qamishli on Monday."
    assert injured_sums(text) == {"civilians": 2}
