"""Review of round 36's casualty rules (reva): sentences near each rule that it was not written for, where the rule
overreached; each is read as before the rule.

* a band named by its leader takes the side of a group only where that group was named with the same leader
  (``casualty_of_the_named``): another leader's group tied to a side gives none;
* "three people, two of whom SOHR described as civilians": only a share of the victims, not an apposition of all of
  them (``text_described_as``);
* the dead restated by a source as plain people are not the same dead where the sentence tells of other gunmen or of
  what came later (``casualty_said_again``);
* "two weeks after the injury of his son": an injury told as a time before the event, not one more hurt
  (``casualty_unnumbered``).

Every sentence here was written for these tests; places are real Syrian names, the people and events invented.
"""

from __future__ import annotations

from contract_rows import injured_sums as injured
from contract_rows import killed_sums as killed


def test_another_leaders_band_takes_no_side_of_a_group_tied_before() -> None:
    text = ("Clashes near Ariqa\n\nClashes erupted on Monday near Ariqa between local gunmen and a group led by Khaled Saab, "
            "which is affiliated with the Military Security. Later, gunmen of a different band, headed by Jamal Aloush, "
            "joined the fighting. SOHR said the clashes left nine people dead: four local gunmen and five members of "
            "Aloush's group.")
    assert "regime" not in killed(text)


def test_a_share_of_whom_described_as_civilians_is_not_all_of_them() -> None:
    text = ("Drone strike near Sarmada\n\nA drone strike on a car near Sarmada on Monday killed three people, two of whom "
            "SOHR sources described as civilians.")
    assert killed(text).get("civilians", 0) != 3


def test_same_number_killed_by_gunmen_opening_fire_is_more_dead() -> None:
    text = ("Tafas\n\nA landmine killed two children near Tafas on Tuesday. The monitor said that two people died when "
            "gunmen opened fire on a car.")
    assert sum(killed(text).values()) == 4


def test_same_number_killed_in_what_followed_is_more_dead() -> None:
    text = ("Checkpoint in Daraa\n\nA bomb killed two soldiers at a checkpoint in Daraa. SOHR confirmed that two people "
            "were killed in the clashes that followed.")
    assert sum(killed(text).values()) == 4


def test_injury_of_a_son_told_as_a_time_before_is_no_one_hurt() -> None:
    text = ("Shooting in Sanamayn\n\nGunmen shot dead a man in Sanamayn on Monday, two weeks after the injury of his son "
            "in a similar attack.")
    assert injured(text) == {}
