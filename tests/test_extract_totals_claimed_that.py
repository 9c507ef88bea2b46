"""A party's claim told as "claimed that ... killed" gives no total.

"Its media outlet claimed that the group's gunmen slew upwards of 170 troops" and "the ministry said ..., claiming
that more than 300 militants had been killed" are figures of a party, not tolls the monitor documents (SCHEMA.md:
claims are kept in notes); the monitor's own toll beside them stays. Paragraphs written for these tests.
"""

from __future__ import annotations

import pytest

from contract_rows import total_pairs
from totals_cases import row

CLAIMS = [
    ("Jihadist gunmen raided four hamlets north of Qaryatayn before sunrise on Friday, killing 40 civilians. "
     "In a statement on its channels, the group claimed that its assault units had killed upwards of 170 "
     "government troops.", []),
    ("Opposition brigades pushed forward on three fronts on Thursday and 30 of their fighters died. The regime's "
     "army command spoke of a rout, claiming that more than 300 rebel fighters had been killed by jets and guns.", []),
    ("Since the start of the month, the monitor has counted 64 dead regime soldiers across the desert. "
     "For its part, Amaq claimed that sharpshooters of the group had killed more than 200 troops in those weeks.",
     [("regime", 64)]),
]

LOOK_ALIKES = [
    ("Since the start of the month, the monitor has counted 64 dead regime soldiers across the desert. "
     "The group claimed responsibility for most of the attacks.", [("regime", 64)]),
    ("The monitor said 230 civilians have been killed in Idlib since the escalation began in early May.",
     [("civilians", 230)]),
]


@pytest.mark.parametrize(("text", "expected"), CLAIMS + LOOK_ALIKES)
def test_claimed_that_figures_are_no_total(text: str, expected: list[tuple[str, int]]) -> None:
    assert total_pairs(row(text)) == sorted(expected)
