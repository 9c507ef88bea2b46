"""An attacker's own claim beside the incident's own count (figures no source is credited with, as in the monitor's
own reports): the claim yields, whichever side its words read (``core._claim_yields`` and the claim check in
``core._absorb``). The attacker's claim only (``incident_sources.attacker_claim``: its outlet, "claimed
responsibility", or the perpetrator as claimant), not "state media claimed".

Every sentence here was written for these tests; places are real Syrian names, the events invented.
"""

from __future__ import annotations

from contract_rows import killed_sums as killed


def test_claim_of_members_of_the_unit_yields() -> None:
    text = ("Ambush\n\nISIS cells ambushed a bus of the Fourth Division near al-Shoula yesterday, killing five of them and "
            "injuring three others. ISIS's Amaq agency claimed that 16 members of the division were killed in the attack.")
    assert killed(text) == {"regime": 5}


def test_claim_of_the_same_side_does_not_replace_the_count() -> None:
    text = ("Ambush\n\nISIS cells ambushed a bus of the Fourth Division near al-Shoula yesterday, killing five soldiers. The "
            "group said through Amaq that 16 of the soldiers died.")
    assert killed(text) == {"regime": 5}


def test_claim_with_responsibility_yields() -> None:
    text = ("Checkpoint attack\n\nGunmen attacked an SDF checkpoint in Dhiban on Monday night, killing two SDF members. "
            "ISIS claimed responsibility for the attack, saying its fighters killed nine members of the checkpoint.")
    assert killed(text) == {"sdf": 2}


def test_state_media_claim_is_no_attackers_claim() -> None:
    # look-alike: "state media claimed" is another outlet's account, not the attacker's; it stays beside the count
    text = ("A Turkish drone targeted a vehicle near the town of Tal Rifaat, killing two SDF members.\n"
            "State media claimed that four civilians were killed in the strike.")
    assert killed(text) == {"sdf": 2, "civilians": 4}


def test_claim_alone_stands() -> None:
    # look-alike: a claim the report gives no count of its own against stays as stated
    text = ("Checkpoint attack\n\nISIS's Amaq agency claimed on Thursday that the group's members killed two SDF members "
            "in an attack on a checkpoint in Hajin. The monitor could not confirm the claim.")
    assert killed(text) == {"sdf": 2}
