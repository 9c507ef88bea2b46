"""Another side's warplanes striking "after the ambush" with a toll of their own ("Russian warplanes carried out
several strikes on the area after the ambush, killing four ISIS members"): an incident of its own, though its dead
are the ambush's attackers.

Look-alike: the attackers' own dead told in the fighting ("Four ISIS members were also killed in the fighting") stay
with the ambush.

Sentences written for these tests.
"""

from __future__ import annotations

from contract_rows import titled

_LEAD = ("ISIS cells ambushed a convoy of regime forces on the road east of the town of al-Sukhnah on Saturday, "
         "killing ten soldiers. ")


def test_strikes_after_the_ambush_with_their_toll() -> None:
    row = titled(_LEAD + "Russian warplanes carried out several strikes on the area after the ambush, killing at least "
                 "five ISIS members according to SOHR sources.")
    assert len(row["incidents"]) == 2
    kinds = sorted(i["type"] for i in row["incidents"])
    assert kinds == ["airstrike", "ambush"]


def test_look_alike_attackers_dead_in_the_fighting() -> None:
    row = titled(_LEAD + "Five ISIS members were also killed in the fighting.")
    assert len(row["incidents"]) == 1
