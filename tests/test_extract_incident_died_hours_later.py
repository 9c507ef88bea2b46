"""Wounded who "died of their wounds hours later, raising the toll of the attack": the toll of the incident told, not
another event on another time. Sentences written for these tests."""

from __future__ import annotations

from contract_rows import contract


def test_died_of_wounds_hours_later_stays_the_incident() -> None:
    row = contract("Attack on positions\n\nHTS fighters attacked army positions at dawn today near Kabani in the "
                   "countryside of Latakia. The clashes left three soldiers dead. Two more soldiers died of their "
                   "wounds hours later, raising the toll of the attack to five.")
    assert len(row["incidents"]) == 1


def test_look_alike_killed_hours_later_elsewhere_is_another_incident() -> None:
    row = contract("Attacks\n\nHTS fighters attacked army positions at dawn today near Kabani in the countryside of "
                   "Latakia, killing three soldiers. Hours later, a sniper killed a soldier near Jub al-Ahmar.")
    assert len(row["incidents"]) == 2
