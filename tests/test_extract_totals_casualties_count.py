"""A count of casualties that sums the dead and the wounded told before it ("killed four soldiers and wounded seven
others, bringing the number of casualties to 11") is no toll of the dead (``totals_skips.casualties_sum``).

Paragraphs written for these tests, judged by the conventions of ../shared/data/sohr/SCHEMA.md ("Only killed/injured are
counted"; casualties are both). A look-alike: a death toll told after the wounded stays as it was.
"""

from __future__ import annotations

import pytest

from totals_cases import row

SUMMED = [
    "According to SOHR, the blast killed three members of the Fifth Corps and injured six others, raising the number of "
    "casualties to nine.",
    "The mine killed two shepherds and wounded five others, SOHR said, bringing the number of casualties to seven.",
]


@pytest.mark.parametrize("text", SUMMED)
def test_casualties_of_dead_and_wounded_are_no_total(text: str) -> None:
    assert row(text)["totals"] == []


def test_dead_and_wounded_stay_the_incident() -> None:
    incidents = row(SUMMED[0])["incidents"]
    assert [i["killed"] for i in incidents] == [{"regime": 3}]
