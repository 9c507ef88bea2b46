"""Incidents: a clause after "while" that tells its event at a time of its own.

* A time counted away from the first half's ("..., while last week a man was killed when the army shelled B",
  "..., while no one was hurt in an attack a week later"): another incident, also of the same kind.
* Another day than the one the first half names ("On Monday, a drone struck a car near A, while on Wednesday a
  strike on a farm near B wounded two"): another incident; a bare "strike" there is of the kind told before.

Look-alikes: a day named only in the clause, and a victim who died of his wounds days later, stay the incident's.

Every sentence here was written for these tests; none is taken from an evaluation set.
"""

from __future__ import annotations

from contract_rows import contract, kinds, place_names
from observatory.extract.text_while_time import own_time

_HEAD = "Syrian Observatory for Human Rights\nShelling kills civilians in northern Aleppo\n\n"


def test_clause_of_last_week_is_another_incident() -> None:
    row = contract(
        _HEAD + "Regime artillery shelled the villages of Kafr Naya and Tannab on Saturday, damaging "
        "several houses, while last week a farmer was killed when regime forces shelled Deir Jamal "
        "village."
    )
    assert kinds(row) == ["shelling", "shelling"]
    assert [names[0] for names in place_names(row)] == ["Kafr Naya", "Deir Jamal"]


def test_clause_a_week_later_is_another_incident() -> None:
    row = contract(
        _HEAD + "On May 4, three truck drivers were killed when gunmen opened fire on their lorries near "
        "Maskanah, while nobody was hurt in a similar attack on the same road a week later."
    )
    assert len(kinds(row)) == 2


def test_clause_on_another_day_with_a_bare_strike_is_another_drone_strike() -> None:
    row = contract(
        _HEAD + "On Monday, a Turkish drone targeted a pickup truck near the village of Tal Baydar without "
        "causing casualties, while on Wednesday a strike on a poultry farm near Abu Rasin injured "
        "three workers."
    )
    assert kinds(row) == ["drone_strike", "drone_strike"]


def test_day_only_in_the_clause_dates_the_whole_sentence() -> None:
    assert not own_time(
        "two fighters of the council were killed and four wounded",
        "three gunmen of the factions were killed on Friday in clashes near the village",
    )


def test_died_of_wounds_days_later_is_the_same_event() -> None:
    assert not own_time(
        "regime shelling on the village killed a woman on Sunday",
        "her husband died of his wounds in hospital two days later",
    )
    assert own_time(
        "regime shelling on the village killed a woman on Sunday",
        "a child was killed by shelling on the same village on Tuesday",
    )
