""""The SDF said in a statement that its fighters killed six of the attackers, while the Observatory put the number at
three": the monitor's figure after a party's claim in the same sentence is the incident's, of the side the claim
names (``casualty_claims.monitor_confirmed``; SCHEMA: the SOHR figure over a claimant's). Look-alike: a claim with no
figure of the monitor's after it stays.

Every sentence here was written for these tests; places are real Syrian names, the events invented.
"""

from __future__ import annotations

from contract_rows import killed_sums as killed


def test_monitor_puts_the_number_after_a_party_statement() -> None:
    text = ("Attack near Manbij\n\nTurkish-backed factions attacked SDF positions near Manbij on Monday. The SDF said in a "
            "statement that its fighters killed six of the attackers, while the Observatory put the number at three.")
    assert killed(text) == {"turkey_factions": 3}


def test_monitor_puts_the_toll_after_a_claim() -> None:
    text = ("Attack near Manbij\n\nTurkish-backed factions attacked SDF positions near Manbij on Monday. The SDF claimed its "
            "fighters killed six of the attackers, but SOHR put the toll at three.")
    assert killed(text) == {"turkey_factions": 3}


def test_party_statement_alone_stays() -> None:
    text = ("Attack near Manbij\n\nTurkish-backed factions attacked SDF positions near Manbij on Monday. The SDF said in a "
            "statement that its fighters killed six of the attackers.")
    assert killed(text) == {"turkey_factions": 6}
