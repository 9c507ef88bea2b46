"""A ranking by region whose figures are set in brackets ("Kobani recorded the highest toll (8), followed by Qamishli (6),
...") gives regional totals, like one told "with 8, followed by Qamishli with 6" (``totals_lines.ranked_regions``).

Paragraphs written for these tests, judged by ../shared/data/sohr/SCHEMA.md (regional sub-totals are totals; of the dead
of all sides: unknown). Look-alike: the ranking told with "with", unchanged.
"""

from __future__ import annotations

from totals_cases import totals

_HEAD = ("The monitor documented the deaths of 20 people in drone strikes on the region in March 2024: 9 civilians and 11 "
         "SDF members. ")
_EXPECTED = [("civilians", 9), ("sdf", 11), ("unknown", 2), ("unknown", 4), ("unknown", 6), ("unknown", 8)]


def test_bracketed_ranking_gives_regional_totals() -> None:
    text = _HEAD + "Kobani recorded the highest toll (8), followed by Qamishli (6), Amuda (4) and Derik (2)."
    assert sorted(totals(text)) == _EXPECTED


def test_ranking_with_with_unchanged() -> None:
    text = _HEAD + "Kobani recorded the highest toll, with 8, followed by Qamishli with 6, Amuda with 4 and Derik with 2."
    assert sorted(totals(text)) == _EXPECTED
