"""Incidents: a clause of the sentence that told an attack, telling only that the attackers took someone away ("...,
while the cells kidnapped a shepherd from the area before withdrawing"), is part of that attack, not an abduction of
its own.

Look-alike: a clause telling of someone else kidnapped in another town on another day stays an abduction.

Every sentence here was written for these tests; none is taken from an evaluation set.
"""

from __future__ import annotations

from contract_rows import contract, kinds

_HEAD = "Syrian Observatory for Human Rights\nDesert attack\n\n"


def test_shepherd_kidnapped_by_the_attackers_is_part_of_the_attack() -> None:
    row = contract(_HEAD + "ISIS cells attacked positions of regime forces in al-Rasafa desert, south-west of Raqqa, on "
                           "Tuesday night, sparking clashes that lasted for hours. Four soldiers were killed in the "
                           "clashes, while the cells kidnapped a shepherd from the area before withdrawing.")
    assert kinds(row) == ["attack"]


def test_look_alike_kidnapping_elsewhere_on_another_day_stays_an_abduction() -> None:
    row = contract(_HEAD + "ISIS cells attacked positions of regime forces in al-Rasafa desert, south-west of Raqqa, on "
                           "Tuesday night, killing four soldiers, while unknown gunmen kidnapped a merchant in the town "
                           "of Tabqa on Wednesday.")
    assert kinds(row) == ["attack", "abduction"]
