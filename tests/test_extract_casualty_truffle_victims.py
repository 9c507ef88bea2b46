""""The toll of the landmine blast has risen to five ... The victims were collecting truffles": a risen toll of no side
whose victims the next sentence describes as truffle hunters is of civilians (SCHEMA; ``mention_sides.civilian_victim``).
Look-alike: a risen toll with no such description keeps no side of its own.

Every sentence here was written for these tests; places are real Syrian names, the events invented.
"""

from __future__ import annotations

from contract_rows import killed_sums as killed


def test_risen_toll_of_truffle_hunters_is_of_civilians() -> None:
    text = ("Landmine blast in Hama desert\n\nThe toll of Sunday's landmine explosion near Al-Sa'an in the eastern "
            "countryside of Hama has risen to five, after one of the wounded died this morning. The victims, among them two "
            "brothers, were gathering truffles when their car hit the mine.")
    assert killed(text) == {"civilians": 5}


def test_risen_toll_with_no_description_is_not_said_civilian() -> None:
    text = ("Landmine blast in Hama desert\n\nThe toll of Sunday's landmine explosion near Al-Sa'an in the eastern "
            "countryside of Hama has risen to five, after one of the wounded died this morning.")
    assert "civilians" not in killed(text)
