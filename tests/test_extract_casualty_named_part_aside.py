"""A list item broken down by one person named without a number, then the list's next items
(``casualty_named_part_aside``), and a relative clause of what an item's people did between two items
(``casualty_lists.WHO_THEN_AND``).

Every sentence here was written for these tests; the places are real Syrian names, the events invented.
"""

from __future__ import annotations

from contract_rows import killed_sums as killed


def test_among_them_the_head_then_next_items() -> None:
    text = ("Strike on Kafr Sousa\n\nAn Israeli strike destroyed a house in Kafr Sousa in Damascus on Friday. The dead were "
            "four officers of the IRGC, among them the chief of their logistics unit, three Syrian soldiers and two "
            "civilians, the monitor said.")
    assert killed(text) == {"pro_iran_foreign": 4, "regime": 3, "civilians": 2}


def test_including_the_head_and_his_deputy() -> None:
    text = ("Strike on Kafr Sousa\n\nAn Israeli strike destroyed a house in Kafr Sousa in Damascus on Friday. The dead are "
            "three members of Hezbollah, including their commander and his deputy, two Syrian soldiers, and a civilian.")
    assert killed(text) == {"pro_iran_foreign": 3, "regime": 2, "civilians": 1}


def test_who_worked_then_the_next_item() -> None:
    # "two Syrians who worked as guards for the militia, and three civilians": the clause tells what they did
    text = ("Strike on Kafr Sousa\n\nAn Israeli strike hit a building in Kafr Sousa in Damascus on Monday, killing nine "
            "people. The dead were four members of Hezbollah, two Syrian soldiers who worked as guards for the militia, "
            "and three civilians who lived in the building, SOHR said.")
    assert killed(text) == {"pro_iran_foreign": 4, "regime": 2, "civilians": 3}


def test_figure_inside_the_aside_stays_a_part() -> None:
    # a number inside the aside is a part of the item, as before
    text = ("Strike on Kafr Sousa\n\nAn Israeli strike destroyed a house in Kafr Sousa in Damascus on Friday, killing five "
            "members of Hezbollah, including two commanders.")
    assert killed(text) == {"pro_iran_foreign": 5}
