""""killing three HTS fighters, a woman and two children": civilians after a toll of fighters are more dead, not its
parts, though they add up to it (``casualty_civil_apart``). Look-alikes: civilians restated one by one ("three
civilians, a woman and her two children"), fighters restated by nationality.

Every sentence here was written for these tests; places are real Syrian names, the events invented.
"""

from __future__ import annotations

from contract_rows import killed_sums as killed


def test_civilians_after_fighters_are_more_dead() -> None:
    text = ("Shelling on al-Bara\n\nRegime artillery pounded al-Bara in Jabal al-Zawiya on Tuesday evening, killing two HTS "
            "fighters, a woman and a child.")
    assert killed(text) == {"hts_rebels": 2, "civilians": 2}


def test_three_after_three_fighters_are_more_dead() -> None:
    text = ("Shelling on al-Bara\n\nRegime artillery pounded al-Bara in Jabal al-Zawiya on Tuesday evening, killing three HTS "
            "fighters, two women and a boy.")
    assert killed(text) == {"hts_rebels": 3, "civilians": 3}


def test_civilians_restated_one_by_one_stay_one_toll() -> None:
    text = ("Shelling on al-Bara\n\nRegime artillery pounded al-Bara in Jabal al-Zawiya on Tuesday evening, killing three "
            "civilians, a woman and her two children.")
    assert killed(text) == {"civilians": 3}


def test_fighters_restated_by_nationality_stay_one_toll() -> None:
    text = ("Strike near Albukamal\n\nUnidentified warplanes bombed a base near Albukamal on Saturday, killing five "
            "Iranian-backed fighters, three Iraqis and two Afghans.")
    assert killed(text) == {"pro_iran_foreign": 5}
