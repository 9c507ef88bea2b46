"""A victim tied by the next sentence to a group that is named through another (``casualty_tie_target``, read by
``mention_sides.tied_victim`` and ``casualty_tied``): "The man was a member of a local armed group affiliated with the
regime's Military Intelligence" (regime), "Both were former fighters of rebel factions who joined the Military
Security" (the group joined, regime), "The man had reconciled ... and later joined the Fourth Division" (regime).
Look-alikes: a plain group of no side keeps the victim of no side; former rebels who joined nothing stay rebels.

Every sentence here was written for these tests; places are real Syrian names, the events invented.
"""

from __future__ import annotations

from contract_rows import killed_sums as killed


def test_member_of_a_group_affiliated_with_a_side() -> None:
    text = ("Killing in Salkhad\n\nGunmen in a pickup truck shot dead a young man near Salkhad on Tuesday night. The man was a "
            "member of a local armed group affiliated with the regime's Air Force Intelligence.")
    assert killed(text) == {"regime": 1}


def test_fighter_in_a_cell_linked_to_a_side() -> None:
    text = ("Killing near Hajin\n\nUnknown gunmen shot dead a young man near Hajin on Sunday. He was a fighter in a cell "
            "linked to ISIS, according to local sources.")
    assert killed(text) == {"isis": 1}


def test_both_former_rebels_who_joined_a_regime_branch() -> None:
    text = ("Ambush near Nawa\n\nGunmen opened fire on a car near Nawa at dawn, killing two young men who were in it. Both "
            "were former fighters of opposition factions who joined the State Security after the 2018 settlement.")
    assert killed(text) == {"regime": 2}


def test_former_rebel_who_reconciled_and_later_joined() -> None:
    text = ("Killing in Jasim\n\nUnknown gunmen shot dead a former commander of a rebel faction in Jasim on Saturday. The "
            "man had settled his status in 2018 and later joined the 4th Division.")
    assert killed(text) == {"regime": 1}


def test_group_of_no_side_keeps_the_victim_of_no_side() -> None:
    text = ("Killing in Salkhad\n\nGunmen shot dead a young man near Salkhad on Tuesday night. The man was a member of a "
            "group that had fought in the area for years.")
    assert killed(text) == {"unknown": 1}


def test_both_former_rebels_who_joined_nothing_stay_rebels() -> None:
    text = ("Ambush near Nawa\n\nGunmen opened fire on a car near Nawa at dawn, killing two young men who were in it. Both "
            "were former fighters of opposition factions.")
    assert killed(text) == {"hts_rebels": 2}
