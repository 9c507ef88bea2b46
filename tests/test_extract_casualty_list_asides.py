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
