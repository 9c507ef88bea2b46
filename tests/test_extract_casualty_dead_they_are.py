""""The toll has risen to 16. SOHR has documented the identities of the fatalities, they are: eight Iranians, ...": the
dead named by a toll word, then ", they are:" (or ", who are:"), open a list that restates the toll by side
(``casualty_restated.LEFT_DEAD_CUE`` and ``RESTATING``); generals inside a part are its officers, so the list's next item
is a part of its own (``casualty_breakdowns.LABELS``).

Every sentence here was written for these tests; places are real Syrian names, the events invented.
"""

from __future__ import annotations

from contract_rows import killed_sums as killed


def test_identities_of_the_fatalities_they_are() -> None:
    text = ("Israeli strike on Mezzeh kills 16\n\nThe death toll of the Israeli strike on a building in Mezzeh in Damascus "
            "yesterday has risen to 16. SOHR has documented the identities of the fatalities, they are: eight Iranians, all "
            "of them members of the IRGC, among them two generals; five Syrian nationals working with Iranian forces; a "
            "Lebanese member of Hezbollah; and two civilians, a woman and her son.")
    assert killed(text) == {"pro_iran_foreign": 9, "regime": 5, "civilians": 2}


def test_the_dead_they_are_with_semicolons() -> None:
    text = ("Israeli strike on Sayyida Zeinab kills nine\n\nThe death toll of the Israeli strike on a farm near Sayyida "
            "Zeinab south of Damascus on Monday has risen to nine. SOHR has verified the identities of the dead, they are: "
            "four members of Lebanese Hezbollah; three Syrians working with Iranian-backed militias; and two civilians, a "
            "shepherd and his son.")
    assert killed(text) == {"pro_iran_foreign": 4, "regime": 3, "civilians": 2}


def test_the_fatalities_they_are_with_commas() -> None:
    text = ("ISIS attack kills 11 near Al-Mayadin\n\nThe toll of the ISIS ambush on a convoy near Al-Mayadin on Friday rose "
            "to 11. The fatalities, they are: six Iraqi militiamen, three Afghan fighters of the Fatemiyoun and two regime "
            "soldiers.")
    assert killed(text) == {"pro_iran_foreign": 9, "regime": 2}


def test_the_deceased_who_are() -> None:
    text = ("Landmine kills six in Deir Ezzor desert\n\nSix people were killed when a landmine exploded near Kabajeb on "
            "Sunday. The deceased, who are: four truffle hunters, a child and a regime soldier.")
    assert killed(text) == {"civilians": 5, "regime": 1}
