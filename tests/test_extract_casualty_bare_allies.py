"""A bare toll of an attack on regime forces broken down only by the dead of the regime's foreign allies
(``casualty_bare_allies``): "killing nine, among them a Russian officer" after "a convoy of regime forces and their
Russian allies" is regime 8 and russia 1 (the subtraction rule), and "others" hurt with them are the regime's.
Look-alikes: a toll with a noun of its own ("nine people") and a toll with no regime force named before it stay as
they were. "killing eight members, including three Afghan fighters" after "a convoy of regime forces and Iranian-backed
militias" reads the same way, and "13 soldiers and Hezbollah fighters" is a whole of the regime and its allies
(``casualty_groups.side_of``).

Every sentence here was written for these tests; places are real Syrian names, the events invented.
"""

from __future__ import annotations

from contract_rows import contract, summed
from contract_rows import killed_sums as killed
from observatory.extract.casualties import find_mentions
from observatory.extract.core import default_lexicon


def test_bare_toll_among_them_a_russian() -> None:
    text = (
        "Ambush near Al-Shoula\n\nISIS cells ambushed a column of regime forces and their Russian allies near Al-Shoula "
        "on Tuesday night, killing seven, among them a Russian adviser."
    )
    assert killed(text) == {"regime": 6, "russia": 1}


def test_bare_toll_including_foreign_militiamen() -> None:
    text = (
        "Attack in the Raqqa desert\n\nISIS gunmen attacked a post of the regime's 4th Division near Maadan on Friday, "
        "killing ten, including three Afghan militiamen of the Fatemiyoun."
    )
    assert killed(text) == {"regime": 7, "pro_iran_foreign": 3}


def test_others_hurt_take_the_regime_side() -> None:
    text = (
        "ISIS cells ambushed a column of regime forces and their Russian allies near Al-Shoula on Tuesday night, killing "
        "seven, among them a Russian adviser, and wounding five others."
    )
    hurt = [m for m in find_mentions(text, 0, len(text), default_lexicon()) if m.role == "injured"]
    assert [(m.side, m.value) for m in hurt] == [("regime", 5)]


def test_no_regime_force_named_keeps_the_toll() -> None:
    text = (
        "Blast near Deir Ezzor\n\nA blast hit a gathering near Al-Shoula on Tuesday night, killing seven, among them "
        "a Russian adviser."
    )
    assert "regime" not in killed(text)


def test_regime_as_the_doer_keeps_the_toll_from_the_regime() -> None:
    text = (
        "Shelling on Kafr Nabl\n\nRegime forces shelled the village of Kafr Nabl on Monday, killing eight, including two "
        "Iranian pilgrims."
    )
    assert "regime" not in killed(text)


def test_bare_members_of_a_joint_convoy() -> None:
    text = (
        "Ambush near Al-Quriyah\n\nISIS cells ambushed a supply convoy of regime forces and Iranian-backed militias near "
        "Al-Quriyah on Monday evening, killing eight members, including three Afghan fighters of the Fatemiyoun, and "
        "wounding six others."
    )
    row = contract(text)
    assert killed(text) == {"regime": 5, "pro_iran_foreign": 3}
    assert summed(row, "injured") == {"regime": 6}


def test_members_of_the_militias_alone_keep_their_side() -> None:
    text = (
        "Ambush near Al-Quriyah\n\nISIS cells ambushed a supply convoy of Iranian-backed militias near Al-Quriyah on "
        "Monday evening, killing eight members, including three Afghan fighters of the Fatemiyoun."
    )
    assert killed(text) == {"pro_iran_foreign": 8}


def test_soldiers_and_allied_fighters_with_their_foreigners() -> None:
    text = (
        "Clashes near Khan Touman\n\nRebels attacked a position near Khan Touman on Sunday, killing 13 soldiers and "
        "Hezbollah fighters, including five Lebanese members of the group."
    )
    assert killed(text) == {"regime": 8, "pro_iran_foreign": 5}


def test_soldiers_and_a_counted_foreign_group_stay_apart() -> None:
    text = (
        "Clashes near Khan Touman\n\nRebels attacked a position near Khan Touman on Sunday, killing six soldiers and "
        "two Hezbollah fighters."
    )
    assert killed(text) == {"regime": 6, "pro_iran_foreign": 2}


def test_soldiers_and_officers_of_an_allied_force_are_all_of_that_force() -> None:
    # "of the Iranian Revolutionary Guard" takes both nouns: no regime soldiers are told
    text = ("Strikes near Damascus airport\n\nIsraeli strikes killed five soldiers and officers of the Iranian "
            "Revolutionary Guard near Damascus airport on Sunday.")
    assert killed(text) == {"pro_iran_foreign": 5}
