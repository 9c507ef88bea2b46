""""A commander of the Iranian-backed militia was shot dead ... SOHR said the commander was a Syrian national": one victim
of an Iranian-backed group whom the text calls Syrian a sentence later is the regime's (SCHEMA: Iranian-backed militiamen
the text says are Syrian; ``mention_sides.syrian_named``). Look-alikes: "Syrian-backed"/no such sentence keep
the Iranian-backed side.

Every sentence here was written for these tests; places are real Syrian names, the events invented.
"""

from __future__ import annotations

from contract_rows import killed_sums as killed


def test_commander_said_to_be_syrian_in_the_next_sentence() -> None:
    text = ("Militia commander killed in Al-Bukamal\n\nA commander of the Iranian-backed \"Kataib Hezbollah\" was killed by "
            "gunmen in Al-Bukamal on Friday night. According to SOHR, the commander is a Syrian from the town who had "
            "recruited young men for the militia.")
    assert killed(text) == {"regime": 1}


def test_commander_with_no_nationality_told_stays_iranian_backed() -> None:
    text = ("Militia commander killed in Al-Bukamal\n\nA commander of the Iranian-backed \"Kataib Hezbollah\" was killed by "
            "gunmen in Al-Bukamal on Friday night. According to SOHR, the commander had recruited young men for the militia.")
    assert killed(text) == {"pro_iran_foreign": 1}
