"""Incidents: after a toll said to have risen, the monitor's earlier, lower count of the same dead ("SOHR had reported
earlier today that six people died in the blast", "Yesterday, the Observatory reported that four workers had died when
the truck hit a mine") is the incident told again, not an incident of its own; its figure yields to the risen toll.

Look-alikes: an earlier report of another event (a town not told before, another kind of event), an earlier report
with no risen toll before it, and one that counts more dead than the toll: each stays an incident of its own.

Every sentence here was written for these tests; none is taken from an evaluation set.
"""

from __future__ import annotations

from contract_rows import contract, summed

_BLAST = ("Syrian Observatory for Human Rights\nBlast in Jarablus\n\n"
          "The death toll of the blast of a booby-trapped motorcycle next to a bakery in the town of Jarablus, north-east "
          "of Aleppo, this morning has risen to ten civilians, after three of the injured died in hospital.\n\n")
_MINE = ("Syrian Observatory for Human Rights\nMine in the desert\n\n"
         "The number of farm workers killed when their truck ran over a landmine near Maadan town in the eastern "
         "countryside of Raqqa on Sunday has risen to eight, after two of the wounded died.\n\n")


def test_earlier_count_in_the_blast_is_the_same_incident() -> None:
    row = contract(_BLAST + "SOHR had reported earlier today that six people died in the blast, which also damaged "
                            "cars parked near the Sheikh Ali roundabout.")
    assert len(row["incidents"]) == 1
    assert summed(row, "killed") == {"civilians": 10}


def test_earlier_count_when_the_truck_hit_a_mine_is_the_same_incident() -> None:
    row = contract(_MINE + "Yesterday, SOHR reported that six farm workers had been killed when the truck hit the mine.")
    assert len(row["incidents"]) == 1
    assert summed(row, "killed") == {"civilians": 8}


def test_look_alike_earlier_report_of_an_event_in_another_town_stays_apart() -> None:
    row = contract(_MINE + "Yesterday, SOHR reported that two shepherds had been shot dead by unknown gunmen near "
                           "Dibsi Afnan village in the western countryside of Raqqa.")
    assert len(row["incidents"]) == 2


def test_look_alike_earlier_report_without_a_risen_toll_stays_apart() -> None:
    row = contract("Syrian Observatory for Human Rights\nMine in the desert\n\n"
                   "Eight farm workers were killed when their truck ran over a landmine near Maadan town in the eastern "
                   "countryside of Raqqa on Sunday.\n\n"
                   "SOHR had reported earlier that three soldiers were killed when an explosive device went off near "
                   "their car on the road to Tabqa.")
    assert len(row["incidents"]) == 2


def test_look_alike_earlier_report_of_more_dead_than_the_toll_stays_apart() -> None:
    row = contract(_MINE + "SOHR had reported on Saturday that 15 soldiers were killed in an ambush by ISIS cells near "
                           "Resafa in the Raqqa desert.")
    assert len(row["incidents"]) == 2
