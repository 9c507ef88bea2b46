"""Casualties: "killing three people", then the same event's dead told by side ("two SDF fighters and a civilian")
is one toll broken down: the dead of no side are not counted again.

Look-alike: dead of no side told after the sided ones ("two soldiers, and two people") are others, kept.

Every sentence here was written for these tests; none is taken from an evaluation set.
"""

from __future__ import annotations

from contract_rows import contract, summed


def test_people_figure_broken_down_by_side() -> None:
    row = contract("Monitor update\n\nA Turkish drone targeted a car near Derbasiyah in the countryside of Hasakah on "
                   "Friday, killing three people.\nSOHR said the strike killed two members of the Asayish and a civilian "
                   "who was riding with them, and wounded another person.")
    assert summed(row, "killed") == {"sdf": 2, "civilians": 1}


def test_look_alike_people_told_after_sided_dead_are_kept() -> None:
    row = contract("Monitor update\n\nAn IED went off near an army bus near Tafas on Friday, killing two soldiers. "
                   "Two people who were passing by were also killed.")
    assert summed(row, "killed") == {"regime": 2, "unknown": 2}
