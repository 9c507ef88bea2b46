"""A claimant's figure of fighters named by a bare noun ("killing over 40 militants", "25 gunmen") after the monitor's
toll (``casualty_claims``): the noun names no side the claim gives, so the claim restates the event's toll
with other numbers and goes, as "30 terrorists" does; a claim naming a side the text gave no figure for stays.

Every sentence here was written for these tests; places are real Syrian names, the events invented.
"""

from __future__ import annotations

from contract_rows import killed_sums as killed


def test_claimed_militants_after_the_monitor_toll_go() -> None:
    text = ("Russian jets strike Idlib countryside\n\nRussian warplanes struck the outskirts of Kafr Nabl on Monday, killing "
            "three civilians, SOHR said. Russian jets also struck a position of the Turkistan Islamic Party near Jisr "
            "al-Shughur, with no information on casualties. The Russian Centre for Reconciliation in Syria claimed that its "
            "aircraft had hit a gathering in Idlib, killing 35 militants.")
    assert killed(text) == {"civilians": 3}


def test_claim_of_militants_where_the_text_gave_no_toll_stays() -> None:
    text = ("Russian jets strike Kafr Nabl\n\nRussian warplanes struck the outskirts of Kafr Nabl on Monday. The Russian "
            "Centre for Reconciliation in Syria claimed that its aircraft had struck a gathering, killing 35 militants.")
    assert sum(killed(text).values()) == 35
