"""A running count of events whose dead a clause after it gives ("the number of assassinations ... rises to 427, which
killed 318 people: ...") counts events, not dead (``totals_blocks.with_running_figure``).

Paragraphs written for these tests, judged by the conventions of ../shared/data/sohr/SCHEMA.md. A look-alike: "the
number of murders ... rises to 35, including 4 women" counts the dead and stays a total.
"""

from __future__ import annotations

import pytest

from totals_cases import totals

EVENTS = [
    ("Thereby, the number of attacks and assassinations in Daraa since the beginning of 2022 rises to 350, which killed "
     "260 people: 100 civilians; 120 regime soldiers; and 40 former rebels.",
     [("civilians", 100), ("hts_rebels", 40), ("regime", 120)]),
    ("With this, the number of assassinations in the eastern countryside of Deir ez-Zor since early 2023 has risen to 88, "
     "which killed 61 people: 25 civilians and 36 SDF members.",
     [("civilians", 25), ("sdf", 36)]),
]


@pytest.mark.parametrize(("text", "expected"), EVENTS)
def test_count_of_events_is_no_total(text: str, expected: list[tuple[str, int]]) -> None:
    assert sorted(totals(text)) == expected


def test_count_of_murders_stays_dead() -> None:
    text = "Thereby, the number of murders in Daraa since the beginning of 2022 rises to 35, including 4 women."
    assert totals(text) == [("unknown", 35)]
