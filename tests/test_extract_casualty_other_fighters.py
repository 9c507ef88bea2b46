""""Four other fighters were injured" after "three fighters and a civilian woman were killed": the other fighters are of
the fighters' side (the one the incident gives them), not of the civilian told last (``casualty_others``).
Look-alike: "other soldiers" after soldiers of a named side keep that side.

Every sentence here was written for these tests; places are real Syrian names, the events invented.
"""

from __future__ import annotations

from contract_rows import injured_sums as injured


def test_other_fighters_after_fighters_and_a_civilian() -> None:
    text = ("Clashes in Ras al-Ain\n\nThree fighters and a civilian woman were killed on Saturday in clashes between two "
            "factions of the Turkish-backed Syrian National Army in Ras al-Ain. Four other fighters were injured.")
    assert "civilians" not in injured(text)
    assert sum(injured(text).values()) == 4


def test_other_soldiers_after_named_soldiers() -> None:
    text = ("Shelling near Kabani\n\nTwo regime soldiers and a civilian woman were killed on Saturday in shelling near "
            "Kabani. Three other soldiers were injured.")
    assert injured(text) == {"regime": 3}
