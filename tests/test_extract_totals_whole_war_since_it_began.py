"""The war's overall toll told "since it began" with no year is background, not a total.

"The war in Syria has killed more than 500,000 people and displaced millions since it began with the repression of
protests": the whole war's toll, left out as SCHEMA's dev labels leave it out (as "since it started in 2011" already
was). Look-alike: a campaign's or an offensive's own running toll ("since the offensive began") stays a total.
Sentences written for these tests, judged by ../shared/data/sohr/SCHEMA.md.
"""

from __future__ import annotations

import pytest

from totals_cases import totals

WHOLE_WAR = [
    "The conflict in Syria has killed more than 350,000 people and forced half the population from their homes since it "
    "started with the crackdown on peaceful protests.",
    "The war has killed some 400,000 people since it erupted, according to the monitor.",
]

CAMPAIGNS = [
    ("The Turkish offensive has killed 120 SDF fighters in the northeast since it began, the monitor said.", [("sdf", 120)]),
]


@pytest.mark.parametrize("text", WHOLE_WAR)
def test_war_toll_since_it_began_is_no_total(text: str) -> None:
    assert totals(text) == []


@pytest.mark.parametrize(("text", "expected"), CAMPAIGNS)
def test_campaign_toll_since_it_began_stays(text: str, expected: list[tuple[str, int]]) -> None:
    assert sorted(totals(text)) == expected
