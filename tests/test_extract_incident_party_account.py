"""Another party's own account of an incident the monitor counted: media and outlets ("media outlets close to the
militias spoke of", "local media put the toll at"), a party's statement ("the SDF said in a statement"), officials.
Its figures yield where they contradict the monitor's (a side the monitor also counts, dead of no side, an attacker's
own claim); the attackers' dead that the attacked party counts stand where the monitor counts only the attacked side.

Look-alikes: the monitor's own figures stay; an attacker's claim ("Amaq said ...") yields whatever side it reads as.

Sentences written for these tests.
"""

from __future__ import annotations

from contract_rows import contract


def _killed(row: dict) -> dict[str, int]:
    out: dict[str, int] = {}
    for incident in row["incidents"]:
        for side, n in (incident.get("killed") or {}).items():
            out[side] = out.get(side, 0) + n
    return out


def test_media_centre_account_told_first_yields_to_monitor() -> None:
    row = contract("Council repels attack near Manbij\n\n"
                   "Fighters of the Manbij Military Council repelled an attack by Turkish-backed factions on the village of "
                   "Arab Hasan near Manbij in the countryside of Aleppo on Monday, the council's media centre said, adding "
                   "that nine attackers were killed and four of its fighters lost their lives.\n"
                   "The Syrian Observatory for Human Rights said the clashes killed five members of the factions and two "
                   "SDF fighters.")
    assert _killed(row) == {"turkey_factions": 5, "sdf": 2}


def test_party_figure_in_a_monitor_sentence_yields() -> None:
    row = contract("Attack on SDF checkpoint\n\n"
                   "ISIS cells attacked a checkpoint of the SDF near the town of Al-Kasra in the western countryside of Deir "
                   "Ezzor at dawn on Monday, killing three SDF fighters. One of the attackers was also killed in the "
                   "exchange of fire, according to SOHR sources, while the SDF media centre said that its forces had "
                   "killed four of the attackers.")
    assert _killed(row) == {"sdf": 3, "isis": 1}


def test_local_media_toll_after_account_of_the_fighting() -> None:
    row = contract("Clashes in Sweida countryside\n\n"
                   "The death toll of the clashes between local gunmen and a group affiliated with Air Force Intelligence "
                   "in the countryside of Sweida has risen to nine, SOHR said.\n"
                   "SOHR said on Monday that the dead included six members of the intelligence group and three local "
                   "gunmen.\n"
                   "The fighting erupted on Sunday in the village of Al-Mazraa and spread to the town of Al-Thaala after "
                   "the group set up checkpoints.\n"
                   "Local media, for their part, put the toll at 14 dead.")
    assert len(row["incidents"]) == 1
    assert 14 not in _killed(row).values()


def test_look_alike_attackers_claim_yields() -> None:
    row = contract("Attack on militia post\n\n"
                   "ISIS cells attacked a post of Iranian-backed militias near Al-Shoula in the Deir Ezzor desert on "
                   "Tuesday, killing four Afghan militiamen of the Fatemiyoun, SOHR sources said. Amaq said in a "
                   "statement that 12 militiamen had been killed.")
    assert _killed(row) == {"pro_iran_foreign": 4}
