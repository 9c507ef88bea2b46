"""A parenthesis of a toll's parts ("including six children") ends before a clause of the wounded opened by "while":
"... has risen to 40 civilians, including six children, the monitor said on Monday, while more than 90 people were
wounded" keeps the 40 dead (``casualties._WHILE_HURT``).

Every sentence here was written for these tests; places are real Syrian names, the events invented.
"""

from __future__ import annotations

from contract_rows import injured_sums as injured
from contract_rows import killed_sums as killed


def test_risen_toll_with_parts_then_while_wounded() -> None:
    text = ("Saraqib market\n\nThe death toll of the regime airstrikes on a busy market in the town of Saraqib has risen "
            "to 40 civilians, including six children, the monitor said on Monday, while more than 90 people were wounded.")
    assert killed(text) == {"civilians": 40}
    assert injured(text) == {"unknown": 90}


def test_dead_with_parts_said_then_while_injured() -> None:
    text = ("Shelling on Ariha\n\nThe toll of the regime shelling on Ariha on Tuesday rose to 17 civilians, among them four "
            "women, local activists reported, while dozens of residents were injured.")
    assert killed(text).get("civilians") == 17


def test_parenthesis_before_its_own_verb_is_kept() -> None:
    # look-alike: the parts' own verb after the parenthesis still gives the figure its role
    text = ("Raid on Jasim\n\nNine fighters, including two commanders of the faction, were killed in the raid on Jasim on "
            "Sunday.")
    assert killed(text) == {"hts_rebels": 9} or sum(killed(text).values()) == 9
