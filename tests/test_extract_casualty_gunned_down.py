""""gunned down" is a verb of death, as "shot dead" is: "a member of X was gunned down", "gunmen gunned down a member
of X", "gunning down two ..." (``casualty_groups.KILL_WORD``, ``casualties._LEFT_KILL``).

Every sentence here was written for these tests; places are real Syrian names, the events invented.
"""

from __future__ import annotations

from contract_rows import killed_sums


def test_member_gunned_down_passive() -> None:
    text = ("Gunmen kill soldier\n\nA member of the 4th Division was gunned down by unknown gunmen near his home in the "
            "city of al-Bukamal, east of Deir ez-Zor, on Tuesday evening.")
    assert killed_sums(text) == {"regime": 1}


def test_gunmen_gunned_down_a_member() -> None:
    text = ("Gunmen kill soldier\n\nUnknown gunmen gunned down a member of the 4th Division near his home in the city of "
            "al-Mayadin on Tuesday evening.")
    assert killed_sums(text) == {"regime": 1}


def test_gunning_down_two_former_fighters() -> None:
    text = ("Gunmen kill two\n\nGunmen riding a motorcycle opened fire on a car in Tafas on Monday, gunning down two "
            "former fighters of the factions.")
    assert killed_sums(text) == {"hts_rebels": 2}


def test_young_men_gunned_down_of_no_side() -> None:
    text = "Gunmen kill two\n\nTwo young men were gunned down by unidentified gunmen in Tafas on Monday."
    assert killed_sums(text) == {"unknown": 2}
