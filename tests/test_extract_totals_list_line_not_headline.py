"""A bulleted line of people of no side is a line of its list, not a headline of the lines after it.

"- 20 people accused of drug dealing." after other lines of the list, followed by "- Seven collaborators of Hezbollah."
and "- 13 unidentified persons.": the later lines happen to add up to it, but they are its siblings, not its parts.
A line that ends on a colon does head the lines after it. Paragraphs written for these tests, judged by
../shared/data/sohr/SCHEMA.md.
"""

from __future__ import annotations

import pytest

from totals_cases import totals

SIBLINGS = [
    ("Since the beginning of 2022, the attacks in the governorate have killed 130 people, as follows:\n"
     "- 60 civilians, including five children.\n- 40 regime soldiers.\n- 15 people accused of drug dealing.\n"
     "- Six collaborators of Lebanese Hezbollah.\n- Nine unidentified persons.",
     [("civilians", 60), ("pro_iran_foreign", 6), ("regime", 40), ("unknown", 9), ("unknown", 15)]),
]


@pytest.mark.parametrize(("text", "expected"), SIBLINGS)
def test_line_equal_to_later_lines_is_kept(text: str, expected: list[tuple[str, int]]) -> None:
    assert sorted(totals(text)) == expected
