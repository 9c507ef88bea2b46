"""A share of the people of a line before, opened by their own noun.

"Among the SDF members, 11 were killed by Turkish drones, while five were killed by ISIS cells" right after a total:
the figures are totals of the side the opening names, killed by the party named after "by". Look-alike: the same
opening with no figure right after it ("Among the soldiers, a colonel ...") does not continue the statistics.
Paragraphs written for these tests, judged by ../shared/data/sohr/SCHEMA.md.
"""

from __future__ import annotations

import pytest

from totals_cases import totals

_HEAD = ("SOHR has documented the deaths of 44 people in areas held by the SDF in May 2022. They are as follows:\n\n"
         "- 20 civilians, including three children.\n- 17 members of the SDF and the Asayish.\n- Seven ISIS members.\n\n")

SHARES = [
    (_HEAD + "Among the SDF members, 12 were killed by Turkish drone strikes, while five were killed by ISIS cells.",
     [("civilians", 20), ("isis", 7), ("sdf", 5), ("sdf", 12), ("sdf", 17)]),
    (_HEAD + "Of the SDF members, 12 were killed by Turkish drone strikes and five by ISIS cells.",
     [("civilians", 20), ("isis", 7), ("sdf", 5), ("sdf", 12), ("sdf", 17)]),
]

UNCHANGED = [
    (_HEAD + "Among the SDF members, a commander of the military council was killed by a Turkish drone near Tal Tamr.",
     [("civilians", 20), ("isis", 7), ("sdf", 17)]),
]


@pytest.mark.parametrize(("text", "expected"), SHARES)
def test_share_of_named_people_is_a_total(text: str, expected: list[tuple[str, int]]) -> None:
    assert sorted(totals(text)) == expected


@pytest.mark.parametrize(("text", "expected"), UNCHANGED)
def test_opening_without_a_figure_is_not(text: str, expected: list[tuple[str, int]]) -> None:
    assert sorted(totals(text)) == expected
