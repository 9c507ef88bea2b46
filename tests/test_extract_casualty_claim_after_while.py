"""A party's claim in a "while" clause after the monitor's figure in the same sentence ("..., according to SOHR
sources, while the SDF media centre said its fighters had killed five terrorists"): the clause has a speaker of its own,
so the figure is a claim that conflicts with the monitor's (``casualty_claims._claim_opened``). Look-alike: the monitor
speaking after "while" ("the White Helmets said ..., while SOHR confirmed ...") is not a claim.

Every sentence here was written for these tests; places are real Syrian names, the events invented.
"""

from __future__ import annotations

from contract_rows import killed_sums as killed


def test_party_claim_after_while_is_dropped() -> None:
    text = ("Attack near Al-Sour\n\nISIS cells attacked an SDF post near Al-Sour on Monday night, killing three SDF "
            "fighters. Two of the attackers were also killed, according to SOHR sources, while the SDF media centre said "
            "that its fighters had killed five terrorists.")
    assert killed(text) == {"sdf": 3, "isis": 2}


def test_party_claim_in_its_own_sentence_is_still_dropped() -> None:
    text = ("Attack near Al-Sour\n\nISIS cells attacked an SDF post near Al-Sour on Monday night, killing three SDF "
            "fighters. Two of the attackers were also killed, SOHR said. The SDF media centre said that its fighters had "
            "killed five terrorists.")
    assert killed(text) == {"sdf": 3, "isis": 2}
