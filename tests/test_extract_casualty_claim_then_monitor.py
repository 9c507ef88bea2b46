"""A party's claim told first and the monitor's own count of the same deed in the next sentence
(``casualty_claim_then_monitor``): the claim's figure of a side the monitor counts none of yields where the monitor's
figure names no side, where the claim names its victims only as the enemy ("seven of them"), or where both name them
by the same noun; the claimant's own wounded and the wounded the monitor does not count stay.

Every sentence here was written for these tests; places are real Syrian names, the events invented.
"""

from __future__ import annotations

from contract_rows import contract
from contract_rows import killed_sums as killed


def _injured(text: str) -> dict[str, int]:
    out: dict[str, int] = {}
    for incident in contract(text)["incidents"]:
        for side, n in incident["injured"].items():
            out[side] = out.get(side, 0) + n
    return out


def test_claimed_dead_of_them_yield_to_the_monitor_next() -> None:
    text = ("Clashes west of Ain Issa\n\nTurkish troops and allied factions pounded Hoshan with artillery on Sunday, "
            "wounding a shepherd.\nIn a statement, the SDF Military Media Centre reported that its units foiled an "
            "infiltration bid by the mercenaries towards Jirn al-Aswad at dawn, killing seven of them, and burned a "
            "vehicle.\nSOHR counted three Turkish-backed fighters killed in that infiltration bid.")
    assert sum(killed(text).values()) == 3


def test_claimed_attackers_yield_but_own_wounded_stay() -> None:
    text = ("Tribal gunmen cross the river near al-Busayrah\n\nGunmen loyal to a tribal leader crossed the Euphrates "
            "from areas held by the Syrian government and attacked posts of the Syrian Democratic Forces near "
            "al-Busayrah on Friday. The SDF, in a statement, reported that its men drove off the raid and killed 14 of "
            "the attackers, while four of its own fighters were wounded.\nHowever, SOHR said six tribal gunmen and two "
            "SDF fighters lost their lives in the fighting.")
    assert sum(killed(text).values()) == 8
    assert _injured(text) == {"sdf": 4}


def test_state_media_dead_yield_and_their_wounded_stay() -> None:
    text = ("Shells hit Aleppo\n\nRebel shells fired at the government-held al-Jamiliyah district killed five civilians "
            "and wounded 12, the official news agency SANA said. The Observatory put the toll from those shells at two "
            "dead.")
    assert killed(text) == {"civilians": 2}
    assert _injured(text) == {"civilians": 12}


def test_monitor_toll_put_before_a_clause_of_its_own_wins() -> None:
    text = ("Bus attacked near al-Mayadin\n\nAt least 14 soldiers were killed and six others injured on Sunday when "
            "terrorists attacked a military bus on the desert road near al-Mayadin, the state news agency SANA said. "
            "The Syrian Observatory for Human Rights put the death toll at 17 and described the attack as an ambush "
            "by Islamic State cells.")
    assert killed(text) == {"regime": 17}
