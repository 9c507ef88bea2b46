"""The same side and figure told twice in one sentence of a statistics block ("ISIS cells killed 9 people (4 civilians and
5 SDF members), Turkish drones killed 8 people (3 civilians and 5 SDF members)") are two totals, one per figure: the
block keeps a figure once, not a (side, figure) pair once per sentence (``totals.TotalsBuilder._add``).

Paragraphs written for these tests, judged by ../shared/data/sohr/SCHEMA.md (totals with the same side and period that
the text lists separately are distinct and must not be merged). Look-alike: two different figures, unchanged.
"""

from __future__ import annotations

from totals_cases import totals

_BLOCK = ("SOHR has documented the death of 30 people in areas controlled by the SDF in May 2023. The fatalities are "
          "distributed as follows:\n12 civilians, including three children\n10 SDF members\n8 ISIS members\n")


def test_same_side_and_figure_twice_are_two_totals() -> None:
    text = _BLOCK + ("By perpetrator, SOHR's statistics show that ISIS cells killed 9 people (4 civilians and 5 SDF members), "
                     "Turkish drones killed 8 people (3 civilians and 5 SDF members), while the rest died in other "
                     "circumstances.")
    assert sorted(totals(text)) == [("civilians", 3), ("civilians", 4), ("civilians", 12), ("isis", 8), ("sdf", 5),
                                    ("sdf", 5), ("sdf", 10)]


def test_two_different_figures_unchanged() -> None:
    text = _BLOCK + ("By perpetrator, SOHR's statistics show that ISIS cells killed 9 people (4 civilians and 5 SDF members), "
                     "Turkish drones killed 9 people (3 civilians and 6 SDF members), while the rest died in other "
                     "circumstances.")
    assert sorted(totals(text)) == [("civilians", 3), ("civilians", 4), ("civilians", 12), ("isis", 8), ("sdf", 5),
                                    ("sdf", 6), ("sdf", 10)]
