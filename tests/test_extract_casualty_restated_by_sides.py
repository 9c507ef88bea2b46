"""A toll restated in full by side in the next sentence (``casualty_restated.whole_told_by_sides``): "killed
12 militiamen ... The dead include seven Iraqis, two Afghans and three Syrians": parts of two or more sides that add up to
the whole are the tolls of their sides (the Syrians the regime's), not a breakdown on top of the whole.

Every sentence here was written for these tests; places are real Syrian names, the events invented.
"""

from __future__ import annotations

from contract_rows import killed_sums as killed


def test_parts_adding_up_to_the_whole_replace_it() -> None:
    text = ("Strikes near Al-Mayadin\n\nStrikes on militia positions near Al-Mayadin killed 12 members of Iranian-backed "
            "militias on Sunday, SOHR said. The dead include seven Iraqis, two Afghans and three Syrians serving with the "
            "militias.")
    assert killed(text) == {"pro_iran_foreign": 9, "regime": 3}


def test_parts_short_of_the_whole_leave_the_rest_with_it() -> None:
    text = ("Strikes near Al-Mayadin\n\nStrikes on militia positions near Al-Mayadin killed 12 members of Iranian-backed "
            "militias on Sunday, SOHR said. The dead include seven Iraqis and two Syrians serving with the militias.")
    assert killed(text) == {"pro_iran_foreign": 10, "regime": 2}
