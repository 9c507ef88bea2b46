"""A party's own figure told as "put the number of X dead at N" beside the monitor's total of that side is no total
(``totals_rivals._SAID_THAT`` and ``_PARTY``).

Paragraphs written for these tests, judged by the conventions of ../shared/data/sohr/SCHEMA.md ("Where two sources
conflict in one text, the SOHR figure ... is used"). A look-alike: the monitor itself putting a newer figure keeps it.
"""

from __future__ import annotations

import pytest

from totals_cases import totals

_SOHR = "The monitor said the clashes had killed nine ISIS members and three local gunmen since Saturday. "

RIVAL = [
    _SOHR + "The town's central committee put the number of ISIS dead at 15.",
    _SOHR + "The Military Council put the death toll of ISIS members at 15.",
]


@pytest.mark.parametrize("text", RIVAL)
def test_party_put_figure_is_no_total(text: str) -> None:
    assert sorted(totals(text)) == [("hts_rebels", 3), ("isis", 9)]


def test_monitor_put_figure_stays() -> None:
    text = _SOHR + "The monitor put the number of ISIS dead at 11 by Monday evening."
    assert sorted(totals(text)) == [("hts_rebels", 3), ("isis", 9), ("isis", 11)]
