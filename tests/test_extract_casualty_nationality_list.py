"""A figure that names a nation and the nations listed after it are items of one list ("The dead are seven Iraqis,
three Pakistanis and two Syrians"), not a whole and its parts (``casualty_nations.nationality_parts``).
Look-alike: a figure of no nation followed by nationalities that add up to it stays a whole and its breakdown.

Every sentence here was written for these tests; places are real Syrian names, the events invented.
"""

from __future__ import annotations

from contract_rows import killed_sums as killed


def test_dead_listed_by_nation_after_the_toll() -> None:
    text = ("Strikes on militia depots in al-Mayadin\n\n"
            "Airstrikes on depots of Iranian-backed militias in al-Mayadin killed 12 fighters overnight, SOHR said. "
            "The dead are six Iraqis, four Pakistanis of the Zainebiyoun and two Syrians serving with the militias.")
    assert killed(text) == {"pro_iran_foreign": 10, "regime": 2}


def test_dead_listed_by_nation_after_a_risen_toll() -> None:
    text = ("Toll of strikes on militia depots in al-Mayadin rises\n\n"
            "SOHR said the death toll of the overnight airstrikes on depots of Iranian-backed militias in al-Mayadin "
            "has risen to 12. Two of the wounded militiamen died of their wounds on Friday. The dead are six Iraqis, "
            "four Pakistanis of the Zainebiyoun and two Syrians serving with the militias.")
    assert killed(text) == {"pro_iran_foreign": 10, "regime": 2}


def test_nations_listed_after_a_plain_whole_still_break_it_down() -> None:
    text = ("Strike near al-Mayadin\n\nAn airstrike on a militia post near al-Mayadin on Monday killed nine "
            "Iranian-backed militiamen, seven Iraqis and two Syrians, SOHR said.")
    assert killed(text) == {"pro_iran_foreign": 7, "regime": 2}


def test_one_of_each_nation_inside_a_militia_figure() -> None:
    text = (
        "Drone strike near Al-Bukamal\n\nA drone hit a pick-up truck near Al-Bukamal on Sunday, killing two "
        "Iranian-backed militiamen, a Syrian and an Afghan of the Fatemiyoun."
    )
    assert killed(text) == {"regime": 1, "pro_iran_foreign": 1}


def test_one_of_each_nation_inside_a_figure_of_people_stays_as_read() -> None:
    text = (
        "Shelling near Jisr al-Shughur\n\nShelling hit a farm near Jisr al-Shughur on Sunday, killing two people, a "
        "Syrian and an Iraqi."
    )
    assert "regime" not in killed(text)
