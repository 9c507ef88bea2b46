"""Incidents: a killing the text tells as a crime, by no armed side, is `other` (a murder), not an attack or an
assassination: gunmen who "tried to steal his motorcycle", "the latest murder took place when ...", a man who shot his
sister for "honour" reasons.

Look-alike: an armed side's gunmen who kill a shepherd and steal his sheep carry out an attack.

Every sentence here was written for these tests; none is taken from an evaluation set.
"""

from __future__ import annotations

import pytest

from contract_rows import contract, kinds

_HEAD = "Syrian Observatory for Human Rights\nSecurity chaos\n\n"


@pytest.mark.parametrize("text", [
    "A young man was shot dead on Friday by unknown gunmen who tried to steal his motorcycle near the town of Salkhad in "
    "the southern countryside of As-Suwaidaa. The gunmen fled after shooting him.",
    "The latest murder took place on Monday, when a woman was shot dead by unidentified gunmen inside her tent in the "
    "second sector of al-Hol camp.",
    "In Raqqa city, a man shot dead his sister in al-Rumaila neighbourhood on Sunday, reportedly for \"honour\" reasons.",
])
def test_killing_told_as_a_crime_is_other(text: str) -> None:
    assert kinds(contract(_HEAD + text)) == ["other"]


def test_look_alike_armed_sides_gunmen_stealing_sheep_carry_out_an_attack() -> None:
    row = contract(_HEAD + "ISIS gunmen shot dead two shepherds and stole dozens of their sheep in the desert of "
                           "al-Shoula, south-west of Deir ez-Zor city, on Sunday.")
    assert kinds(row) == ["attack"]
