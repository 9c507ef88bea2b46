"""A source telling who the dead of the incident were ("SOHR said on Monday that the dead included ...", "The monitor
said the dead were ..."): who the incident's dead were, not another incident; the day named in the attribution is
the day it was said, and a place in a clause after it is where the rest happened.

Look-alike: "SOHR said the dead were ..." of an event in another place named before the dead stays apart.

Sentences written for these tests.
"""

from __future__ import annotations

from contract_rows import contract


def test_monitor_said_on_a_day_who_the_dead_were() -> None:
    row = contract("Infighting in Jarablus\n\n"
                   "Four fighters were killed in clashes between two Turkish-backed factions in the town of Jarablus in "
                   "the countryside of Aleppo on Sunday.\n"
                   "The Observatory said on Monday that the dead were three members of the Hamza Division and one of the "
                   "Sultan Murad Division, and that a child was wounded by a stray bullet in the Al-Souq quarter.")
    assert len(row["incidents"]) == 1


def test_look_alike_plain_dead_told() -> None:
    row = contract("Infighting in Jarablus\n\n"
                   "Four fighters were killed in clashes between two Turkish-backed factions in the town of Jarablus in "
                   "the countryside of Aleppo on Sunday.\n"
                   "The dead were three members of the Hamza Division and one of the Sultan Murad Division.")
    assert len(row["incidents"]) == 1
