"""An "including" list whose items carry an age ("310 children under the age of 18 and 203 women over the age of 18"):
the age is no item of the list and ends none, so the last item is a part of the total too.

Paragraphs written for these tests, judged by the conventions of ../shared/data/sohr/SCHEMA.md.
"""

from __future__ import annotations

from totals_cases import full

_HEAD = "The monitor documented the deaths of 2,400 people across Syria in March 2016. They are distributed as follows:\n"


def test_the_last_item_after_an_age_is_a_part() -> None:
    text = _HEAD + "Civilians: 900 civilians, including 150 children under the age of 18 and 120 women over the age of 18.\nISIS: 500 members."
    assert [(s, k, o) for s, k, _, _, o in full(text)] == [("civilians", 900, {"children": 150, "women": 120}), ("isis", 500, {})]


def test_the_same_list_without_ages_is_unchanged() -> None:
    text = _HEAD + "Civilians: 900 civilians, including 150 children and 120 women.\nISIS: 500 members."
    assert [(s, k, o) for s, k, _, _, o in full(text)] == [("civilians", 900, {"children": 150, "women": 120}), ("isis", 500, {})]


def test_an_item_of_another_side_after_an_age_is_a_line() -> None:
    text = (_HEAD + "Civilians: 900 civilians, including 150 children under the age of 18, and 45 regime soldiers.\n"
            "ISIS: 500 members.")
    assert [(s, k) for s, k, *_ in full(text)] == [("civilians", 900), ("isis", 500), ("regime", 45)]
