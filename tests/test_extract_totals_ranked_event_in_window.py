"""One attack's toll ranked within a window ("one of the deadliest such attacks this year", "in recent years") is the
attack's, not a total of the window (``totals_sentences._RANKED_EVENT``).

Paragraphs written for these tests, judged by the conventions of ../shared/data/sohr/SCHEMA.md. A look-alike: a toll of
the window itself ("have killed 150 soldiers this year") stays a total.
"""

from __future__ import annotations

import pytest

from totals_cases import row, totals

RANKED = [
    "Gunmen stormed a checkpoint of regime forces near Palmyra, killing 17 of the soldiers, a monitor said on Tuesday, in "
    "one of the bloodiest such assaults this year.",
    "ISIS cells ambushed a convoy of the Fourth Division in the desert, killing 14 of the soldiers, the monitor said on "
    "Monday, in one of the deadliest such ambushes so far this year.",
]


@pytest.mark.parametrize("text", RANKED)
def test_ranked_attack_in_a_window_is_no_total(text: str) -> None:
    result = row(text)
    assert result["totals"] == []
    assert len(result["incidents"]) == 1


def test_toll_of_the_window_stays_a_total() -> None:
    assert totals("The monitor said ISIS cells have killed 150 regime soldiers in the desert this year.") == [("regime", 150)]
