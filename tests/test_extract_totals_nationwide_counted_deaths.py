"""A country-wide toll of one day told as a counted noun of the dead ("recorded 52 deaths across the country on
Friday") (``totals_sentences._KILLED_NATIONWIDE``).

Paragraphs written for these tests, judged by the conventions of ../shared/data/sohr/SCHEMA.md: a day's toll over the
whole country sums many events and is a total; its parts by side are the totals. A look-alike: deaths in one town are
one incident's, not a country-wide toll.
"""

from __future__ import annotations

import pytest

from totals_cases import row, totals

NATIONWIDE = [
    ("The Observatory recorded 64 deaths across the country on Sunday: 30 civilians, 20 rebel fighters and 14 regime "
     "soldiers.", [("civilians", 30), ("hts_rebels", 20), ("regime", 14)]),
    ("SOHR counted 45 fatalities throughout Syria today: 25 civilians and 20 regime soldiers.",
     [("civilians", 25), ("regime", 20)]),
]


@pytest.mark.parametrize(("text", "expected"), NATIONWIDE)
def test_counted_deaths_across_the_country(text: str, expected: list[tuple[str, int]]) -> None:
    assert sorted(totals(text)) == sorted(expected)


def test_deaths_in_one_town_stay_an_incident() -> None:
    result = row("Regime shelling on the town of Kafr Nabl on Sunday caused five deaths among civilians.")
    assert result["totals"] == []
