"""Dead "in the ensuing battle" (or "the subsequent gunfight") are the dead of the attack told before, not another
event (incident_echoes._ECHO). Paragraphs written for these tests."""

from __future__ import annotations

from contract_rows import kinds, titled


def test_dead_of_the_ensuing_battle_stay_with_the_attack() -> None:
    for fight in ("the ensuing battle", "the subsequent gunfight", "the ensuing battles"):
        row = titled("Jihadist rebels launched an attack at dawn on army positions near the town of Kafr Naboudeh, "
                     "a military source said.\n"
                     f"Over 20 militants were killed in {fight}, while several soldiers were also killed, the source "
                     "said.")
        assert kinds(row) == ["attack"], fight
