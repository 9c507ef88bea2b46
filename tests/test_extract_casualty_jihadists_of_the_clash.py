""""six jihadists and two SDF fighters were killed" after clashes with ISIS, and "The two jihadists were killed" a
paragraph after an ISIS raid: bare "jihadists" are of the jihadist group the text names (``casualty_tied.
jihadists_named_before``), also when another figure is coordinated after them or "the" points back across a paragraph.
Look-alikes: on an HTS front they stay HTS's; with no jihadist group named they keep the lexicon's side.

Every sentence here was written for these tests; places are real Syrian names, the events invented.
"""

from __future__ import annotations

from contract_rows import killed_sums as killed


def test_jihadists_coordinated_with_another_figure_take_isis() -> None:
    text = ("Clashes near Hajin\n\nOn Monday, fighting broke out between SDF fighters and ISIS near Hajin, where six jihadists "
            "and two SDF fighters were killed.")
    assert killed(text) == {"isis": 6, "sdf": 2}


def test_the_jihadists_a_paragraph_after_an_isis_raid() -> None:
    text = ("Raid in Deir Ezzor\n\nSDF forces raided an Islamic State hideout in Shuhayl on Monday, a monitor said.\n\n"
            "The three jihadists were killed in an exchange of fire.")
    assert killed(text) == {"isis": 3}


def test_jihadists_on_an_hts_front_stay_hts() -> None:
    text = ("Clashes in Idlib\n\nOn Monday, fighting broke out between regime forces and HTS near Kafr Nabl, where five "
            "jihadists and three soldiers were killed.")
    assert killed(text) == {"hts_rebels": 5, "regime": 3}


def test_jihadists_with_no_group_named_keep_the_lexicon_side() -> None:
    text = ("Clashes in Idlib\n\nOn Monday, fighting broke out between regime forces and jihadists near Kafr Nabl, where "
            "five jihadists and three soldiers were killed.")
    assert killed(text) == {"hts_rebels": 5, "regime": 3}
