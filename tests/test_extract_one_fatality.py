""""left one fatality", "documented only one fatality", "caused a death among the residents": the singular "fatality" /
"death" after "one", "a" or "single" counts one dead, as the plural after a number does ("three fatalities"). Look-alikes:
a compound that names a thing ("a death trap", "a death sentence") counts no one.

Every sentence here was written for these tests; places are real Syrian names, the events invented.
"""

from __future__ import annotations

from contract_rows import killed_sums


def test_shelling_left_one_fatality() -> None:
    text = ("Shelling on Kafr Nabl\n\nArtillery of the regime forces hit the outskirts of Kafr Nabl in southern Idlib at dusk "
            "on Sunday and left one fatality among the farmers of the town, SOHR said.")
    assert sum(killed_sums(text).values()) == 1


def test_monitor_documented_only_one_fatality() -> None:
    text = ("Ambush near al-Sukhnah\n\nCells of ISIS opened fire on a bus of the regime army on the road out of al-Sukhnah "
            "late on Friday. SOHR documented only one fatality among the soldiers on board.")
    assert killed_sums(text) == {"regime": 1}


def test_a_single_death_caused_by_a_mine() -> None:
    text = ("Mine blast in Maadan\n\nA mine left by ISIS went off under a tractor in the fields of Maadan, east of "
            "Raqqa city, on Tuesday, causing a single death, the monitor reported.")
    assert sum(killed_sums(text).values()) == 1


def test_death_trap_counts_no_one() -> None:
    text = ("Mines in the desert\n\nThe hills east of al-Sukhnah have become a death trap for the shepherds of the "
            "area, SOHR said on Monday, as ISIS cells keep planting mines along the tracks.")
    assert killed_sums(text) == {}


def test_death_sentence_counts_no_one() -> None:
    text = ("Court in Damascus\n\nA military court in Damascus handed a death sentence to a young man from Douma on "
            "Wednesday, SOHR said, after he was held for two years.")
    assert killed_sums(text) == {}
