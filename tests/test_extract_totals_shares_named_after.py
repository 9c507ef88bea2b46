"""Shares of a toll named one after another after "N of the dead were X".

"... 27 of the dead were civilians, among them five children, while 21 were soldiers and 16 were former opposition
fighters": every clause that names who the others were is a total of the side it names, and the headline of people
they add up to is not a total of its own. Clauses that tell how the others died are no such shares. Paragraphs written
for these tests, judged by ../shared/data/sohr/SCHEMA.md.
"""

from __future__ import annotations

import pytest

from totals_cases import totals

_HEAD = "At least 58 people were killed in Idlib province during March 2022, according to the monitor's tally.\n\n"

NAMED_AFTER = [
    (_HEAD + "Its figures show that 30 of the dead were civilians, among them seven children, while 18 were members of "
     "regime forces and 10 were fighters of HTS.", [("civilians", 30), ("hts_rebels", 10), ("regime", 18)]),
    (_HEAD + "According to the monitor, 25 of the victims were civilians, 21 were regime soldiers, and 12 were ISIS "
     "members.", [("civilians", 25), ("isis", 12), ("regime", 21)]),
]

UNCHANGED = [
    # the clause after the share tells how the others died: no share of its own
    (_HEAD + "Its figures show that 30 of the dead were civilians, while 28 were killed in clashes on the front lines.",
     [("civilians", 30), ("unknown", 58)]),
]


@pytest.mark.parametrize(("text", "expected"), NAMED_AFTER)
def test_each_share_named_is_a_total(text: str, expected: list[tuple[str, int]]) -> None:
    assert sorted(totals(text)) == expected


@pytest.mark.parametrize(("text", "expected"), UNCHANGED)
def test_shares_told_by_how_they_died_are_not(text: str, expected: list[tuple[str, int]]) -> None:
    assert sorted(totals(text)) == expected
