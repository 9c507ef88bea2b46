"""The attackers' own dead where the attacking side was not read: attackers of no named side (they are of the unknown
side), a doer separated from its verb by an aside on its ties ("..., affiliated with the government, attacked"), and a
doer whose unit the text names by a quoted word ("an HTS \"inghimasi\" group stormed").

Every sentence here was written for these tests; places are real Syrian names, the events invented.
"""

from __future__ import annotations

from contract_rows import contract
from contract_rows import killed_sums as killed


def test_attackers_of_no_named_side_are_unknown() -> None:
    text = ("Post hit\n\nOn Monday, armed tribesmen attacked an SDF post near Hasakah, killing one SDF member, while "
            "three of the attackers were killed.")
    assert killed(text) == {"sdf": 1, "unknown": 3}


def test_doer_past_an_aside_on_its_ties() -> None:
    text = ("Checkpoint hit\n\nOn Monday, gunmen of the so-called \"National Defense\" militia, affiliated with the "
            "government, attacked an SDF post near Hasakah, killing one SDF member. The SDF said its fighters killed "
            "three of the attackers.")
    assert killed(text) == {"sdf": 1, "regime": 3}


def test_doer_past_an_aside_on_its_leader() -> None:
    text = ("Dawn raid\n\nLate on Friday, militiamen of the National Defence Forces, led by a local commander, stormed "
            "an SDF position in Abu Hamam, killing two SDF fighters; four of the attackers also died.")
    row = contract(text)
    assert row["incidents"][0]["perpetrator"] == "regime"
    assert killed(text) == {"sdf": 2, "regime": 4}


def test_doer_named_with_a_quoted_word() -> None:
    text = ("Front line\n\nAt dawn, an HTS \"inghimasi\" unit stormed an army position near Kabani, leaving four "
            "soldiers dead; one of the attackers died as the army fired back.")
    assert killed(text) == {"regime": 4, "hts_rebels": 1}
