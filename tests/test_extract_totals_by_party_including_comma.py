"""An item of a list by perpetrator whose figure is followed straight by its parts between commas ("Of them, 190,
including 40 children, were killed by regime forces; 35 by Russian warplanes; ...") is a total of the side before, like
the items after it (``totals_lines.by_party``).

Paragraphs written for these tests, judged by ../shared/data/sohr/SCHEMA.md (a line's ``perpetrator`` is filled where
it says who killed them). Look-alike: the same list with no parts after the first figure.
"""

from __future__ import annotations

from totals_cases import totals

_HEAD = "SOHR has documented the death of 3,210 people across Syria throughout 2022, distributed as follows:\n"


def test_first_item_with_its_parts_after_a_comma() -> None:
    text = _HEAD + ("- 1,120 civilians, including 250 children. Of them, 190, including 40 children, were killed by regime "
                    "forces; 35, including 11 children, by Russian warplanes; and 52 by ISIS.")
    assert sorted(totals(text)) == [("civilians", 35), ("civilians", 52), ("civilians", 190), ("civilians", 1120)]


def test_first_item_without_parts_unchanged() -> None:
    text = _HEAD + ("- 1,120 civilians, including 250 children. Of them, 190 were killed by regime forces; 35 by Russian "
                    "warplanes; and 52 by ISIS.")
    assert sorted(totals(text)) == [("civilians", 35), ("civilians", 52), ("civilians", 190), ("civilians", 1120)]
