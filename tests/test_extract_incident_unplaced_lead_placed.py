"""Incidents: a lead placed in no town ("jihadists killed 12 soldiers in an attack in the desert on Sunday"), then a
sentence that names "the attack" (its kind) near a town, on no other day ("... wounded in the attack near the village
of X"): the lead's event, placed, not another one.

Look-alike: a sentence that tells another attack ("also") near a town stays an incident of its own.

Every sentence here was written for these tests; none is taken from an evaluation set.
"""

from __future__ import annotations

from contract_rows import contract, kinds, place_names

_LEAD = ("Jihadists kill 12 soldiers in Syria desert: monitor\n\n"
         "Beirut (AFP) - Islamic State group jihadists killed 12 soldiers in an attack on army positions in the Syrian "
         "desert on Sunday, a war monitor said.\n\n")


def test_the_attack_placed_near_a_town_is_the_lead() -> None:
    row = contract(_LEAD + "The Syrian Observatory for Human Rights said the dead were eight soldiers and four members "
                           "of the National Defence Forces, and that nine others were wounded in the attack near the "
                           "village of Al-Shoula, south of Deir Ezzor city.")
    assert kinds(row) == ["attack"]
    assert "Al-Shoula" in place_names(row)[0]


def test_look_alike_another_attack_near_a_town_stays_apart() -> None:
    row = contract(_LEAD + "The jihadists also attacked a gas field near the village of Al-Shoula on Monday, killing two "
                           "guards, the Observatory said.")
    assert len(kinds(row)) == 2
