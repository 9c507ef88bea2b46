"""A risen toll with its breakdown told as an aside, then the wounded "others" ("has risen to 14, among them five Iraqis
and two Syrians, while more than 20 others were injured"): the toll is of the dead, not of the wounded the clause after
"while" counts (``casualties._PAREN_VERB``).
Look-alike: an aside then the toll's own verb ("14 militiamen, among them two Syrians, were killed") keeps working.

Every sentence here was written for these tests; places are real Syrian names, the events invented.
"""

from __future__ import annotations

from contract_rows import injured_sums as injured
from contract_rows import killed_sums as killed


def test_risen_toll_with_aside_then_wounded_others() -> None:
    text = ("Strikes on Mayadin\n\nThe death toll of the airstrikes on positions of Iranian-backed militias in Mayadin "
            "has risen to 14, among them five Iraqis and two Syrians, while more than 20 others were injured.")
    assert killed(text) == {"pro_iran_foreign": 12, "regime": 2}
    assert injured(text) == {"pro_iran_foreign": 20}


def test_aside_then_own_verb() -> None:
    text = ("Strikes on Mayadin\n\nAirstrikes hit positions of Iranian-backed militias in Mayadin on Monday, and 14 "
            "militiamen, among them two Syrians, were killed.")
    assert killed(text) == {"pro_iran_foreign": 12, "regime": 2}
