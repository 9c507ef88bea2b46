"""The noun "the injury of a third" read as the verb "injuring a third" (``numbers._ORDINAL_ONE``): "the death of two
children and the injury of a third when ..." counts one more hurt, of the dead's side.

Every sentence here was written for these tests; places are real Syrian names, the events invented.
"""

from __future__ import annotations

from contract_rows import injured_sums as injured
from contract_rows import killed_sums as killed


def test_injury_of_a_third_child_before_when() -> None:
    text = ("Remnant blast near al-Rafid\n\nThe monitor documented on May 2 the death of two children and the injury of a "
            "third when a war remnant went off near them while they were herding sheep near al-Rafid.")
    assert killed(text) == {"civilians": 2}
    assert injured(text) == {"civilians": 1}


def test_injury_of_a_third_at_the_end_of_the_clause() -> None:
    text = ("Remnant blast near Busayrah\n\nThe monitor recorded on Saturday the death of two shepherds and the injury of a "
            "third near Busayrah.")
    assert injured(text) == {"civilians": 1}
