"""A toll of fighting "since the dawn of yesterday" / "since the evening of yesterday" is a short window's total, not one
day's event (``totals_sentences._SINCE_DAY``).

Paragraphs written for these tests, judged by the conventions of ../shared/data/sohr/SCHEMA.md ("11 ... since yesterday"
is a total). A look-alike: an attack "at dawn yesterday" is one event.
"""

from __future__ import annotations

import pytest

from totals_cases import row, totals

WINDOW = [
    ("SOHR documented the death of 16 members of regime forces and allied militias, including 4 Iraqi militiamen, and 10 "
     "fighters of the factions, in battles that have gone on since the dawn of yesterday.",
     [("hts_rebels", 10), ("regime", 16)]),
    ("The monitor recorded the deaths of 12 SDF fighters, including a commander, and 8 ISIS members, in fighting that has "
     "continued since the evening of yesterday.",
     [("isis", 8), ("sdf", 12)]),
]


@pytest.mark.parametrize(("text", "expected"), WINDOW)
def test_toll_since_a_part_of_yesterday_is_a_total(text: str, expected: list[tuple[str, int]]) -> None:
    assert sorted(totals(text)) == expected


def test_attack_at_dawn_yesterday_stays_an_incident() -> None:
    result = row("At dawn yesterday, 6 regime soldiers were killed when rebels attacked a checkpoint near Morek.")
    assert result["totals"] == []
    assert [i["killed"] for i in result["incidents"]] == [{"regime": 6}]
