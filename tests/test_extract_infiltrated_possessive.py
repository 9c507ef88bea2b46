"""Types: an infiltration of a post named with a possessive ("infiltrated the regime forces' positions") opens an
attack, as "infiltrated regime positions" does: the mines that kill attackers on their way back are part of it.

Every sentence here was written for these tests; none is taken from an evaluation set.
"""

from __future__ import annotations

from contract_rows import kinds
from incident_cases import run


def test_an_infiltration_of_a_possessive_post_stays_an_attack() -> None:
    row = run(
        "Jihadist fighters infiltrated the regime forces' positions near the village of Tell Wasit at dawn on Monday, "
        "killing four soldiers. Three of the attackers were killed by landmines as they withdrew."
    )
    assert kinds(row) == ["attack"]
