"""Incidents: a paragraph that turns to one event ("Meanwhile, a militant was killed in a Russian airstrike near X")
is an incident even when a closing clause of setting gives a period (", as jets carried out dozens of strikes on the
desert since Monday"); and a sentence that counts the dead of a period ("the number of soldiers killed in the desert
since ...") tells of no event, even when cut before its figure.

Look-alike: a turn whose own clause gives the period ("Meanwhile, airstrikes since Monday killed ...") stays a total.

Every sentence here was written for these tests; none is taken from an evaluation set.
"""

from __future__ import annotations

from contract_rows import contract, kinds

_LEAD = ("Monitor update\n\n"
         "SOHR has documented the deaths of nine soldiers and five ISIS members over the past two days in the desert.\n\n"
         "On Monday, ISIS cells ambushed an army patrol near Arak in the Homs desert, killing six soldiers.\n\n")


def test_turn_with_closing_period_clause_is_an_incident() -> None:
    row = contract(_LEAD + "Meanwhile, an ISIS member was killed in a Russian airstrike on a hideout near Jabal Abu Rujmayn "
                           "in the Homs desert, as Russian jets carried out dozens of strikes on the desert since Monday.")
    assert kinds(row) == ["ambush", "airstrike"]


def test_count_of_a_periods_dead_cut_before_its_figure_is_no_incident() -> None:
    row = contract("Monitor update\n\nOn Monday, ISIS cells ambushed an army patrol near Arak in the Homs desert, killing "
                   "six soldiers.\n\nSeparately, a Russian airstrike on a cave near Jabal Abu Rujmayn killed an ISIS member "
                   "on Tuesday.\n\nAccordingly, the number of soldiers and militiamen who were killed in the Homs desert "
                   "since 5 March 2023 in ISIS attacks, ambushes and landmine blasts")
    assert kinds(row) == ["ambush", "airstrike"]


def test_look_alike_turn_with_own_period_stays_a_total() -> None:
    row = contract(_LEAD + "Meanwhile, Russian airstrikes since Monday have killed 14 ISIS members in the Homs desert.")
    assert kinds(row) == ["ambush"]
