"""The next item of a list of the dead after an aside without a figure ("among them officers, and 12 fighters") or
after the repeated "of" of "the death of" ("and of 12 fighters"): the figure after is the next item of the list, with
the list's role (``casualty_list_asides``). Look-alikes: an aside with a clause of the wounded, and a second figure
with its own verb of the wounded, keep their own role.

Every sentence here was written for these tests; places are real Syrian names, the events invented.
"""

from __future__ import annotations

from contract_rows import injured_sums as injured
from contract_rows import killed_sums as killed


def test_unnumbered_aside_then_next_item() -> None:
    text = ("Fighting near Maarat al-Numan\n\nThe monitor has recorded the death of 31 regime soldiers, among them "
            "commanders, and 14 fighters of HTS on the outskirts of Maarat al-Numan on Friday during the assault.")
    assert killed(text) == {"regime": 31, "hts_rebels": 14}


def test_of_said_again_before_next_item() -> None:
    text = ("Fighting near Maarat al-Numan\n\nThe monitor has recorded the deaths of 31 regime soldiers and allied "
            "militiamen, and of 14 fighters of HTS, on the outskirts of Maarat al-Numan on Friday during the assault.")
    assert killed(text) == {"regime": 31, "hts_rebels": 14}


def test_aside_then_wounded_keeps_own_role() -> None:
    text = ("Fighting near Maarat al-Numan\n\nAn assault on the outskirts of Maarat al-Numan on Friday killed 31 regime "
            "soldiers, among them commanders, and 14 others were wounded, the monitor said.")
    assert killed(text) == {"regime": 31}
    assert injured(text) == {"regime": 14}


def test_aside_then_figure_with_a_verb_of_its_own_is_no_item() -> None:
    # review r35: "and 6 tanks ... were destroyed", "and 20 fighters remain besieged" are not more of the dead
    text = ("Fighting near Kafr Nabl\n\nThe assault on Kafr Nabl on Friday caused the death of 11 fighters of the "
            "factions, including commanders, and 6 tanks of the regime forces were destroyed.")
    assert killed(text) == {"hts_rebels": 11}
    text = ("Raids on Saraqib\n\nRussian jets struck Saraqib on Friday, killing 8 civilians, including women, and 20 "
            "HTS fighters remain besieged inside the town.")
    assert killed(text) == {"civilians": 8}


def test_item_after_what_its_people_were_doing() -> None:
    text = (
        "Strikes on Al-Mayadin\n\nAirstrikes hit militia positions in Al-Mayadin on Friday. The dead are two soldiers "
        "who were guarding an ammunition store near the bridge, seven Syrian gunmen of the Iranian-backed militias and "
        "four non-Syrian militiamen."
    )
    assert killed(text) == {"regime": 9, "pro_iran_foreign": 4}


def test_doing_clause_with_no_last_item_keeps_the_number_apart() -> None:
    text = (
        "Attack near Maadan\n\nISIS cells attacked a post near Maadan on Friday, killing two soldiers who were guarding "
        "the road, 15 kilometres from the town."
    )
    assert killed(text) == {"regime": 2}


def test_doing_clause_then_a_breakdown_of_its_people_is_no_new_item() -> None:
    # "four children and two women" are the six, not six more
    text = ("Strikes near Kabani\n\nRussian airstrikes killed six civilians who were sheltering in a cave near Kabani, "
            "four children and two women, SOHR said.")
    assert killed(text) == {"civilians": 6}
