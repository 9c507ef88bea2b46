"""Plain misreadings of how many people a phrase counts (``casualty_parent_of``, ``casualty_households``,
``casualty_hurt_then_died``):

* "a mother of three children was wounded": one woman hurt, not three children (the number is how many children
  she has); told as an apposition of the victim ("a displaced woman, a mother of six children, ...") it is no
  second victim;
* "killing a father and his two daughters", "a mother and her two sons were killed": the parent is one more victim of
  the family, not left out (three dead, all civilians);
* "a soldier was wounded and later died", "wounding a shepherd who succumbed to his injuries": the one hurt died; he is
  dead, not hurt as well.

Look-alikes keep their readings: "a man and his son" (a head of no family word), "one of whom later died" (a part of the hurt), "whose brother died last year" (someone else's death).

Every sentence here was written for these tests; places are real Syrian names, the events invented.
"""

from __future__ import annotations

from contract_rows import injured_sums as injured
from contract_rows import killed_sums as killed


def test_mother_of_three_children_is_one_wounded_woman() -> None:
    text = ("Shelling on Kafr Nabl\n\nA mother of three children was wounded when regime shells hit her house in Kafr "
            "Nabl on Monday.")
    assert injured(text) == {"civilians": 1}


def test_mother_of_six_as_apposition_is_no_second_victim() -> None:
    text = ("Gunfire in al-Hol\n\nA displaced woman, a mother of six children, was wounded by gunfire inside her tent in "
            "al-Hol camp on Sunday night.")
    assert injured(text) == {"civilians": 1}


def test_father_and_his_two_daughters_are_three_dead() -> None:
    text = ("Drone on Sarmin\n\nA regime kamikaze drone hit a pickup truck on the Sarmin road on Thursday, killing a "
            "father and his two daughters.")
    assert killed(text) == {"civilians": 3}


def test_mother_and_her_two_sons_killed_in_their_home() -> None:
    text = ("Rockets on Sarmin\n\nA mother and her two sons were killed on Thursday evening when regime rockets fell on "
            "their home in Sarmin.")
    assert killed(text) == {"civilians": 3}


def test_father_and_his_son_are_two_dead() -> None:
    text = ("Drone on Sarmin\n\nA regime kamikaze drone hit a pickup truck on the Sarmin road on Thursday, killing a "
            "father and his son.")
    assert killed(text) == {"civilians": 2}


def test_soldier_wounded_and_later_died_is_dead_only() -> None:
    text = ("Bomb in Nawa\n\nAn explosive device went off near a checkpoint in Nawa on Friday. A regime soldier was "
            "wounded and later died in hospital.")
    assert killed(text) == {"regime": 1}
    assert injured(text) == {}


def test_two_injured_but_died_before_hospital() -> None:
    text = ("Bomb in Nawa\n\nAn explosive device went off near a checkpoint in Nawa on Friday. Two regime soldiers were "
            "injured but died before reaching hospital.")
    assert killed(text) == {"regime": 2}
    assert injured(text) == {}


def test_wounding_a_shepherd_who_succumbed() -> None:
    text = ("Bomb in Nawa\n\nAn explosive device went off near a checkpoint in Nawa on Friday, wounding a shepherd who "
            "succumbed to his injuries two days later.")
    assert killed(text) == {"civilians": 1}
    assert injured(text) == {}


def test_mother_and_her_three_children_are_four_dead() -> None:
    # (no "of": "a mother and her three children" are four dead, the mother among them)
    text = ("Shelling on Kafr Nabl\n\nRegime shells hit a house in Kafr Nabl on Monday, killing a mother and her three "
            "children.")
    assert killed(text) == {"civilians": 4}


def test_look_alike_man_and_his_son_unchanged() -> None:
    # look-alike: "a man" has a side of his own (none given): the pair stays as it was read
    text = ("Drone on Sarmin\n\nA regime kamikaze drone hit a pickup truck on the Sarmin road on Thursday, killing a "
            "man and his son.")
    assert killed(text) == {"unknown": 2}


def test_look_alike_part_of_the_wounded_died() -> None:
    # look-alike: "one of whom later died" is a part of the hurt, read as before
    text = ("Bomb in Nawa\n\nAn explosive device went off near a checkpoint in Nawa on Friday. Three regime soldiers "
            "were wounded, one of whom later died.")
    assert killed(text) == {"regime": 1}
    assert injured(text) == {"regime": 3}


def test_look_alike_someone_elses_death() -> None:
    # look-alike: the brother's death is no news of the wounded shepherd's
    text = ("Bomb in Nawa\n\nAn explosive device went off near a checkpoint in Nawa on Friday, wounding a shepherd "
            "whose brother died last year in a similar blast.")
    assert injured(text) == {"civilians": 1}
    assert killed(text) == {}
