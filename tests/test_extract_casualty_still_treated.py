"""The wounded still treated beside a risen toll are the latest injured figure (``casualty_rises``).

Every sentence here was written for these tests; places are real Syrian names, the events invented.
"""

from __future__ import annotations

from contract_rows import injured_sums as injured
from contract_rows import killed_sums as killed


def test_still_treated_after_a_risen_toll() -> None:
    text = ("Mine blast toll rises\n\nA landmine hit a car carrying shepherds near Al-Sukhnah on Friday, killing four "
            "civilians and injuring eight others. The toll rose to six civilians on Sunday, after two of the injured died, "
            "while three others are still receiving treatment.")
    assert killed(text) == {"civilians": 6}
    assert injured(text) == {"civilians": 3}


def test_others_treated_without_a_rise_are_added_as_before() -> None:
    # look-alike: no risen toll: the injured figure told first stands (the larger one)
    text = ("Shelling on Kansafra\n\nRegime shelling on Kansafra killed two civilians and injured seven others on Monday. "
            "Four of them are still receiving treatment in hospital.")
    assert killed(text) == {"civilians": 2}
    assert injured(text) == {"civilians": 7}
