""""Gunmen killed a member of the Central Committee": men of Daraa's local committees (the towns' ex-rebel factions)
are hts_rebels (``casualty_committee_men``); a committee told only as a party to talks gives no figure a side.

Every sentence here was written for these tests; places are real Syrian names, the events invented.
"""

from __future__ import annotations

from contract_rows import killed_sums as killed


def test_a_member_of_the_committee_shot_dead() -> None:
    text = ("Killing in Tafas\n\nUnidentified gunmen on a motorcycle shot dead a member of the Central Committee in "
            "Tafas on Sunday night.")
    assert killed(text) == {"hts_rebels": 1}


def test_two_members_of_the_local_committee() -> None:
    text = ("Killing in Nawa\n\nOn Friday, gunmen killed two members of the local Central Committee near the town of "
            "Nawa in the western countryside of Daraa.")
    assert killed(text) == {"hts_rebels": 2}


def test_a_local_fighter_of_the_committee_near_a_cell() -> None:
    text = ("Death in Inkhil\n\nSOHR documented the death of a local fighter of the Central Committee who succumbed to "
            "wounds he sustained in an attack on an ISIS hideout in Inkhil.")
    assert killed(text) == {"hts_rebels": 1}


def test_the_committee_as_a_party_to_talks() -> None:
    text = ("Talks in Daraa\n\nTwo soldiers were killed in an attack on a checkpoint in Tafas on Monday, while the "
            "Central Committee held talks with regime officers.")
    assert killed(text) == {"regime": 2}
