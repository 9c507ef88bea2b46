"""A regional split opened "By area, <whose losses> are:" and given as "N in <area>" items (
``totals_marks.LIST_HEADER`` and the figureless-total check in ``totals.TotalsBuilder._take``).

Paragraphs written for these tests, judged by the conventions of ../shared/data/sohr/SCHEMA.md: each item is a regional
total of the side the opening names. A look-alike: "By area," before a sentence that gives no figures by area adds none.
"""

from __future__ import annotations

from totals_cases import regions, totals

_BLOCK = ("Since the beginning of 2023, SOHR has documented the deaths of 210 people in the Syrian desert. They are:\n"
          "- 70 civilians, most of them shepherds.\n"
          "- 140 members of regime forces and allied militias.\n")


def test_by_area_opening_splits_the_side_it_names() -> None:
    text = _BLOCK + "By area, fatalities among regime forces are: 75 in Homs desert, 40 in Deir ez-Zor desert and 25 in Hama desert."
    assert regions(text) == [("regime", 25, "Hama desert"), ("regime", 40, "Deir ez-Zor desert"), ("regime", 75, "Homs desert")]


def test_by_province_opening_of_civilians() -> None:
    text = ("SOHR has documented the deaths of 95 people in southern Syria since the beginning of 2023: 55 civilians and 40 "
            "soldiers.\nBy province, the civilian toll is: 30 in Daraa, 15 in Quneitra and 10 in Rural Damascus.")
    assert regions(text) == [("civilians", 10, "Rural Damascus"), ("civilians", 15, "Quneitra"), ("civilians", 30, "Daraa")]


def test_by_area_without_figures_adds_nothing() -> None:
    text = _BLOCK + "By area, most of the regime losses were in the Homs desert, where ISIS cells are most active."
    assert sorted(totals(text)) == [("civilians", 70), ("regime", 140)]
