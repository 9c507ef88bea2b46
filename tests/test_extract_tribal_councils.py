"""Tribal fighters counted together with a military council ("14 clan fighters and members of the Raqqa military
council who deserted") are of no side label (SCHEMA: unknown), not the SDF's; a council counted alone stays the
SDF's. Sentences written for these tests."""

from __future__ import annotations

from contract_rows import contract, total_pairs

_HEAD = ("Clashes on the eastern bank\n\nThe monitor said that the count of those killed in the battles since Monday has "
         "now reached 40: 20 SDF members, ")


def test_tribal_gunmen_and_council_members_are_of_no_side() -> None:
    row = contract(_HEAD + "14 tribal gunmen and members of the Raqqa Military Council who deserted, and six civilians.")
    assert sorted(total_pairs(row)) == [("civilians", 6), ("sdf", 20), ("unknown", 14)]


def test_gunmen_of_the_clans_and_the_council_are_of_no_side() -> None:
    row = contract(_HEAD + "14 gunmen of the clans and the military council, and six civilians.")
    assert sorted(total_pairs(row)) == [("civilians", 6), ("sdf", 20), ("unknown", 14)]


def test_defected_council_members_beside_tribesmen_are_of_no_side() -> None:
    row = contract(_HEAD + "14 tribesmen and defected members of the Tabqa military council, and six civilians.")
    assert sorted(total_pairs(row)) == [("civilians", 6), ("sdf", 20), ("unknown", 14)]


def test_council_alone_stays_with_the_sdf() -> None:
    row = contract("Clashes on the eastern bank\n\nThe monitor said that the count of those killed in the battles since "
                   "Monday has now reached 40: 34 members of the Raqqa Military Council and six civilians.")
    assert sorted(total_pairs(row)) == [("civilians", 6), ("sdf", 34)]
