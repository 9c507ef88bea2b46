"""Where the side that fired is ("shells fired by militants in the Eastern Ghouta countryside") is not where the
event happened when the sentence then says where the fire came down, in whatever words: "slammed into", "crashed
into", "rained down on", as "landed on" or "hit".

Every sentence here was written for these tests; places are real Syrian names, the events invented.
"""

from __future__ import annotations

from datetime import date

import pytest

from observatory.extract import extract_report, to_contract
from observatory.models import Report


def _incidents(text: str) -> list[dict[str, object]]:
    report = Report(text=text, published=date(2018, 2, 22), external_id="t")
    rows: list[dict[str, object]] = to_contract("t", extract_report(report))["incidents"]
    return rows


@pytest.mark.parametrize("sentence", [
    "A civilian was killed on Thursday as mortar shells fired by militants in the Eastern Ghouta countryside slammed "
    "into several districts of the capital Damascus, state media reported.",
    "Two civilians were wounded on Thursday when rockets launched by the factions in Eastern Ghouta crashed into a "
    "residential building in Damascus.",
    "Mortar rounds fired by rebels inside Eastern Ghouta rained down on the Old City of Damascus on Thursday, killing "
    "a woman.",
])
def test_fire_from_the_shooters_ground_is_placed_where_it_came_down(sentence: str) -> None:
    rows = _incidents(sentence)
    assert [r["governorate"] for r in rows] == ["Damascus"]
