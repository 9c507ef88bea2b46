"""After a period's totals, one event told with its day and a small toll is an incident, also where an appositive
ranks it in the period (", the last documented death of the year") or its day has a number above a small toll
("on December 28"): the rank's year and the day's number are no span and no count of the dead (paragraphs written for
these tests)."""

from __future__ import annotations

from contract_rows import contract, killed_per_incident, total_pairs
from observatory.extract.totals_cues import one_dated_event

_YEAR = ("Regime losses in 2022 | 300 soldiers killed\n"
         "Over the year 2022, SOHR documented the death of 300 members of regime forces across Syria, as follows:\n"
         "- 120 were killed in attacks by ISIS cells.\n"
         "- 180 were killed in other circumstances.\n")


def test_the_last_death_of_the_year_is_an_incident() -> None:
    row = contract(_YEAR + "Meanwhile, a regime soldier was killed by a landmine explosion in Kafr Nabl town on "
                           "December 30, the last death documented in the year.")
    assert killed_per_incident(row) == [{"regime": 1}]
    assert ("regime", 1) not in total_pairs(row)
    assert ("regime", 300) in total_pairs(row)


def test_a_day_numbered_above_a_small_toll_is_no_count() -> None:
    assert one_dated_event("Two soldiers were killed by an IED near Tafas on November 24.")
    assert one_dated_event("A fighter was killed by a drone strike on 27 March, the first death recorded this month.")


def test_a_large_toll_on_one_day_stays_out() -> None:
    assert not one_dated_event("Some 40 fighters were killed in clashes on December 28.")


def test_a_period_told_besides_the_rank_stays_a_period() -> None:
    assert not one_dated_event("Three soldiers were killed on December 28, bringing the toll since January to 60.")
