""""Seven militiamen of the Iranian-backed militias, five Iraqis and two Syrians, were killed": nationalities in an
apposition before the verb are parts of the figure before them (``casualty_parts.postposed_parent``), the Syrians the
regime's (SCHEMA). Look-alike: the same list after "killing" reads the same.

Every sentence here was written for these tests; places are real Syrian names, the events invented.
"""

from __future__ import annotations

from contract_rows import killed_sums as killed


def test_nationalities_apposed_before_the_verb() -> None:
    text = ("Strike near Al-Mayadin\n\nSeven fighters of the Iranian-backed militias, five Iraqis and two Syrians, were killed "
            "on Thursday when a drone struck their vehicle near Al-Mayadin.")
    assert killed(text) == {"pro_iran_foreign": 5, "regime": 2}


def test_nationalities_after_killing() -> None:
    text = ("Strike near Al-Mayadin\n\nA drone struck a vehicle near Al-Mayadin on Thursday, killing seven fighters of the "
            "Iranian-backed militias, five Iraqis and two Syrians.")
    assert killed(text) == {"pro_iran_foreign": 5, "regime": 2}
