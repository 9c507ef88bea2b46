"""A toll told in a long clause and split by side after its colon (``totals_split.summed_colon``).

Paragraphs written for these tests, judged by the conventions of ../shared/data/sohr/SCHEMA.md: the parts after the colon
that add up to the figure are the totals (the figure itself, broken down by side, is not labelled); look-alikes whose
figures after the colon do not add up must not change.
"""

from __future__ import annotations

import pytest

from totals_cases import totals

SPLIT = [
    ("The Syrian Observatory for Human Rights said on Thursday that Russian and regime warplanes have killed 26 people in "
     "the southern and western countryside of Idlib since the new escalation was announced on 4 June 2023: 15 civilians, "
     "eight rebel fighters and three members of HTS.",
     [("civilians", 15), ("hts_rebels", 8), ("hts_rebels", 3)]),
    ("According to SOHR, Israeli missiles and drones have killed 13 people in the southern countryside of Damascus and "
     "near the Golan since the escalation began on 2 February 2024: seven regime soldiers, four Hezbollah members and "
     "two civilians.",
     [("civilians", 2), ("pro_iran_foreign", 4), ("regime", 7)]),
]

NOT_SPLIT = [
    # the figures after the colon are no parts of the figure before it
    ("The Syrian Observatory for Human Rights said on Thursday that regime warplanes have killed 26 people in the southern "
     "and western countryside of Idlib since the new escalation was announced on 4 June 2023: 12 villages were hit and "
     "three hospitals were put out of service.",
     [("unknown", 26)]),
]


@pytest.mark.parametrize(("text", "expected"), SPLIT + NOT_SPLIT)
def test_parts_after_a_long_clause_and_colon(text: str, expected: list[tuple[str, int]]) -> None:
    assert sorted(totals(text)) == sorted(expected)
