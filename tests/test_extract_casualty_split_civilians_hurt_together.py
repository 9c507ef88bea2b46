""""shelled Ariha with rockets, killing and injuring six civilians. Three of them were killed and three others were
wounded": the split of a whole told "killed and injured" together is of the whole's side, civilians too
(``casualty_hurt_whole.hurt_whole_side``). Look-alike: a whole of plain "people" stays of no side.

Every sentence here was written for these tests; places are real Syrian names, the events invented.
"""

from __future__ import annotations

from contract_rows import sentence_sides


def test_split_of_civilians_killed_and_injured_together() -> None:
    text = ("Shelling on Ariha\n\nOn Monday, regime forces shelled Ariha with rockets, killing and injuring six civilians. "
            "Three of them were killed and three others were wounded.")
    assert sentence_sides(text, "Three of them") == [("killed", 3, "civilians"), ("injured", 3, "civilians")]


def test_split_of_people_killed_and_injured_together_stays_of_no_side() -> None:
    text = ("Shelling on Ariha\n\nOn Monday, regime forces shelled Ariha with rockets, killing and injuring six people. "
            "Three of them were killed and three others were wounded.")
    assert all(side in (None, "unknown") for _, _, side in sentence_sides(text, "Three of them"))
