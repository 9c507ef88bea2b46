"""An event ranked against an earlier one of a named month, with several words between ("the deadliest attack of its
kind in the area since March, when ..."): the earlier event is an incident of its own.

Look-alike: "the deadliest since March" with no event told after it adds no incident.

Sentences written for these tests.
"""

from __future__ import annotations

from contract_rows import contract


def test_deadliest_attack_of_its_kind_since_month_when() -> None:
    row = contract("Ambush in the desert\n\n"
                   "ISIS cells ambushed a bus of regime soldiers near Al-Sukhnah in the eastern countryside of Homs on "
                   "Friday, killing 12 soldiers.\n"
                   "It was the deadliest attack of its kind in the area since March, when jihadists killed 20 truffle "
                   "hunters near Palmyra.")
    assert len(row["incidents"]) == 2


def test_look_alike_no_event_after_since() -> None:
    row = contract("Ambush in the desert\n\n"
                   "ISIS cells ambushed a bus of regime soldiers near Al-Sukhnah in the eastern countryside of Homs on "
                   "Friday, killing 12 soldiers.\n"
                   "It was the deadliest attack of its kind in the area since March.")
    assert len(row["incidents"]) == 1
