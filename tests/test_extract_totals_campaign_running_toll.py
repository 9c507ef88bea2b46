"""The toll of fighting or a campaign that began on an earlier day is a running total (
``totals_sentences._CAMPAIGN_TOLL``).

Paragraphs written for these tests, judged by the conventions of ../shared/data/sohr/SCHEMA.md ("Short-window tolls that
cover several attacks or several days of fighting ... are totals"). Look-alikes that must stay one incident: a clash
that broke out the same day or the evening before, whose toll rises, and one car bomb's rising toll.
"""

from __future__ import annotations

import pytest

from totals_cases import row, totals

CAMPAIGN = [
    ("The death toll of the battles that erupted on October 3 between regime forces and ISIS cells in the desert of "
     "al-Mayadeen has climbed to 41, SOHR said. The monitor said the dead include 23 regime soldiers and 18 ISIS members.",
     [("isis", 18), ("regime", 23)]),
    ("SOHR said the toll of the Turkish bombing campaign that started on Tuesday had risen to 19: 11 SDF fighters, five "
     "regime soldiers and three civilians.",
     [("civilians", 3), ("regime", 5), ("sdf", 11)]),
    ("The toll of the confrontations which started on Friday between regime forces and local gunmen in Tafas has risen to "
     "17, SOHR said. The dead include 12 regime soldiers and five civilians.",
     [("civilians", 5), ("regime", 12)]),
]

ONE_EVENT = [
    "The death toll of the clashes which broke out yesterday evening between regime soldiers and gunmen in the town of "
    "Jasim has risen to six, after a soldier succumbed to his wounds.",
    "The death toll of the fighting that erupted this morning between SDF members and tribal gunmen in Thiban has risen to "
    "seven.",
    "The death toll of the car bomb that exploded on Sunday in the centre of Azaz has risen to 14 people.",
]


@pytest.mark.parametrize(("text", "expected"), CAMPAIGN)
def test_toll_of_fighting_begun_before_is_a_total(text: str, expected: list[tuple[str, int]]) -> None:
    assert sorted(totals(text)) == sorted(expected)


@pytest.mark.parametrize("text", ONE_EVENT)
def test_toll_of_one_day_stays_an_incident(text: str) -> None:
    result = row(text)
    assert result["totals"] == []
    assert len(result["incidents"]) == 1
