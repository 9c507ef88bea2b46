""""The death toll of the attack carried out by gunmen affiliated with the Air Force Intelligence on a farm ... has risen
to four": the group named after "by ... affiliated with" did the attack, so it is not the side of the risen toll
(``casualty_rises.by_agent``). Look-alike: a side named as the target ("the ISIS attack on regime soldiers") still
gives it.

Every sentence here was written for these tests; places are real Syrian names, the events invented.
"""

from __future__ import annotations

from contract_rows import sentence_sides


def test_gunmen_affiliated_with_a_branch_did_the_attack() -> None:
    text = ("Attack in Daraa\n\nThe death toll of the attack carried out by gunmen affiliated with the Air Force Intelligence "
            "on a farm near Inkhil on Sunday has risen to four.")
    assert [side for _, _, side in sentence_sides(text, "The death toll")] != ["regime"]


def test_gunmen_loyal_to_a_branch_did_the_attack() -> None:
    text = ("Attack in Daraa\n\nThe death toll of the raid by gunmen loyal to the Military Security on a house in Jasim has "
            "risen to three.")
    assert [side for _, _, side in sentence_sides(text, "The death toll")] != ["regime"]


def test_the_target_named_still_gives_the_side() -> None:
    text = ("Attack near Sukhnah\n\nThe death toll of the ISIS attack on regime soldiers near Sukhnah has risen to five.")
    assert sentence_sides(text, "The death toll") == [("killed", 5, "regime")]
