"""Fire answered without its weapon named ("responded by targeting the factions' positions near X", "retaliated by
striking their posts"), after a bombardment: a bombardment of the kind told before, not a bare attack. Sentences
written for these tests."""

from __future__ import annotations

from contract_rows import contract, kinds


def test_responded_by_targeting_after_shelling_is_shelling() -> None:
    row = contract("Tal Tamr\n\nTurkish forces shelled the village of Tal Shanan near Tal Tamr in the countryside of "
                   "Al-Hasakah on Friday, injuring two civilians.\n\nThe military council responded by targeting the "
                   "factions' positions near the village of Al-Asadiya, killing a fighter of the Hamza Division.")
    assert kinds(row) == ["shelling", "shelling"]


def test_look_alike_responded_by_targeting_after_an_ambush_stays_an_attack() -> None:
    row = contract("Desert\n\nISIS cells ambushed a regime patrol near Al-Shula in the countryside of Deir ez-Zor on "
                   "Friday, killing two soldiers.\n\nRegime forces responded by targeting ISIS hideouts near the "
                   "village of Kabajib, killing a cell member.")
    assert kinds(row)[1] != "shelling"
