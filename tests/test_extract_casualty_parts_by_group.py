"""A figure of fighters broken down by the group each part came from: "killed 19 fighters, 12 from HTS and seven from
Jaysh al-Izza" tells 19 dead, not 19 and then 12 and 7 more; the parts give the sides ("casualty_lists.FROM_PARTY").
Look-alikes: parts that do not add up to the figure are more dead, and parts of another kind stay as they were.

Every sentence here was written for these tests; places are real Syrian names, the events invented.
"""

from __future__ import annotations

from contract_rows import killed_sums as killed


def _report(sentence: str) -> str:
    return "Fighting in the countryside\n\n" + sentence


def test_parts_from_two_groups_of_one_side_are_counted_once() -> None:
    text = _report("Clashes near Darat Izza on Wednesday killed 19 fighters, 12 from HTS and seven from Jaysh al-Izza.")
    assert killed(text) == {"hts_rebels": 19}


def test_parts_from_two_sides_split_the_figure() -> None:
    text = _report("Clashes near Tal Tamr on Thursday killed 19 fighters, 12 from the SDF and seven from the regime forces.")
    assert killed(text) == {"sdf": 12, "regime": 7}


def test_a_named_figure_broken_down_by_its_units() -> None:
    text = _report("Clashes near Manbij on Friday killed 19 SDF fighters, 12 from the Manbij Military Council and seven "
                   "from the YPG.")
    assert killed(text) == {"sdf": 19}


def test_soldiers_from_the_army_and_a_militia() -> None:
    text = _report("An ambush near al-Sukhnah on Monday killed 10 soldiers, six from the army and four from the NDF.")
    assert killed(text) == {"regime": 10}


def test_parts_that_do_not_add_up_are_more_dead() -> None:
    text = _report("Clashes near Tal Tamr on Thursday killed 19 fighters of the SDF, while 4 from the regime forces "
                   "were also killed.")
    assert killed(text) == {"sdf": 19, "regime": 4}
