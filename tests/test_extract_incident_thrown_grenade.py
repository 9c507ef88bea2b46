"""Incidents: a grenade thrown at someone ("threw a hand grenade at a checkpoint", "hurled a grenade at the patrol") is
an attack, not a bomb or a mine.

Look-alike: a grenade that went off by itself, or was left behind, stays an explosive (`ied_landmine`).

Every sentence here was written for these tests; none is taken from an evaluation set.
"""

from __future__ import annotations

import pytest

from contract_rows import contract, kinds

_HEAD = "Syrian Observatory for Human Rights\nSecurity chaos\n\n"


@pytest.mark.parametrize("text", [
    "Gunmen threw a hand grenade at a checkpoint of the Asayish in the town of Hajin at dawn on Sunday, wounding two "
    "of its members.",
    "Unknown persons hurled a grenade at a patrol of the Military Security in Sanamayn city on Friday, injuring a "
    "soldier.",
])
def test_thrown_grenade_is_an_attack(text: str) -> None:
    assert kinds(contract(_HEAD + text)) == ["attack"]


def test_look_alike_grenade_that_exploded_stays_an_explosive() -> None:
    row = contract(_HEAD + "A child was injured when a grenade left over from the war exploded near his house in the "
                           "town of Hajin on Sunday.")
    assert kinds(row) == ["ied_landmine"]
