"""A claimant's figures in a sentence told as another event (``casualty_separate_claims``) stay, while a claim of the
event told before still goes.

Every sentence here was written for these tests; places are real Syrian names, the events invented.
"""

from __future__ import annotations

from contract_rows import contract, killed_per_incident
from observatory.extract.casualty_separate_claims import told_apart


def test_separate_statement_of_its_own_attack_keeps_the_claim() -> None:
    text = ("ISIS raids army posts in the east\n\nThree Syrian army soldiers were killed on Sunday when ISIS cells "
            "attacked a post near al-Shoula, the Observatory said. In a separate statement, ISIS claimed it had killed "
            "six soldiers in an attack on a checkpoint near Maadan on Monday.")
    assert killed_per_incident(contract(text)) == [{"regime": 3}, {"regime": 6}]


def test_separate_statement_about_the_same_blast_is_no_event_apart() -> None:
    assert not told_apart('Amaq claimed in a separate statement that its fighters had killed five SDF members in the blast.')


def test_sentence_opening_separately_is_apart() -> None:
    assert told_apart("Separately, the SDF said its fighters killed four ISIS members near Hajin.")
    assert told_apart("In a separate incident, SANA said a soldier was killed near Jasim.")
    assert not told_apart("SANA said two soldiers were killed in the attack.")


def test_a_separate_attack_the_event_came_after_is_no_event_apart() -> None:
    # "a separate attack" named only as what came before the blast told: the claim is of the blast
    assert not told_apart("SANA claimed that 15 civilians were killed in the blast, which came a day after a separate "
                          "attack on Afrin.")
