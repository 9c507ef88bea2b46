"""A risen toll of no side after a toll of people of no side told just before it (``casualty_rises``).

Every sentence here was written for these tests; places are real Syrian names, the events invented.
"""

from __future__ import annotations

from contract_rows import killed_sums as killed


def test_risen_toll_after_people_of_no_side() -> None:
    text = ("Clan feud near Hajin\n\nThree clansmen were killed and six others were wounded on Saturday in armed clashes between "
            "two families in the town of Hajin over a water well.\nThe death toll of the clashes has risen to five after two "
            "of the wounded died overnight, while local sources said a boy was among the wounded.")
    assert killed(text) == {"unknown": 5}


def test_risen_toll_after_civilians_unchanged() -> None:
    # look-alike: the toll told before is of civilians, read as before
    text = ("Shelling on Ariha\n\nRegime shelling killed three civilians in Ariha on Saturday.\nThe toll of the shelling "
            "has risen to five after two of the wounded died overnight.")
    assert killed(text) == {"civilians": 5}
