"""A claim told after the monitor has said the deed left no dead is only noted: the monitor's zero wins over the
claimant's figure (``casualty_denied_claims``, SCHEMA: where two sources conflict, the monitor's figure is used).

Every sentence here was written for these tests; places are real Syrian names, the events invented.
"""

from __future__ import annotations

from contract_rows import injured_sums, killed_sums


def test_left_no_casualties_then_amaq_claimed() -> None:
    text = ("ISIS attack on regime checkpoint leaves no casualties\n\nSOHR sources have confirmed that the attack carried out "
            "by ISIS cells on a regime checkpoint near al-Taybah in the desert of Homs last night left no casualties among "
            "regime soldiers, contrary to the claims of the Organization.\nISIS' Amaq news agency claimed that its fighters "
            "killed five soldiers and destroyed a vehicle in the attack.")
    assert killed_sums(text) == {}


def test_caused_no_fatalities_then_claimed_through_amaq() -> None:
    text = ("ISIS attack on checkpoint\n\nSOHR sources said that an ISIS attack on a regime checkpoint near al-Taybah in the "
            "Homs desert last night caused no fatalities among the soldiers. ISIS claimed through Amaq that its fighters "
            "had killed seven soldiers.")
    assert killed_sums(text) == {}


def test_statement_alleged_dead_and_wounded_after_no_casualties() -> None:
    text = ("Attack on SDF post\n\nThe attack by ISIS cells on an SDF post near Diban on Monday left no casualties, "
            "according to SOHR. The group alleged in a statement that five SDF members were killed and four others wounded.")
    assert killed_sums(text) == {}
    assert injured_sums(text) == {}


def test_no_fatalities_keeps_a_claim_of_the_hurt() -> None:
    text = ("Attack on SDF post\n\nThe attack by ISIS cells on an SDF post near Diban on Monday caused no fatalities, "
            "according to SOHR. The group alleged in a statement that four SDF members were wounded.")
    assert injured_sums(text) == {"sdf": 4}


def test_denial_without_the_monitor_leaves_the_claim() -> None:
    text = ("Attack on SDF post\n\nAn ISIS attack on an SDF post near Diban on Monday left no casualties. The group "
            "alleged in a statement that five SDF members were killed.")
    assert killed_sums(text) == {"sdf": 5}
