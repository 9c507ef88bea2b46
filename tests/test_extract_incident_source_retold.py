"""A source's account of the incident just told ("A drone struck a car near A", then "The monitor said the car burst
into flames when two missiles struck it beside B"): the same incident, told where and how it happened, not another one
(``incident_source_retold``). Look-alikes: the other side's reply, another day, a thing the incident never
introduced, or a sentence told as another ("also", "separately") stay apart.

Every sentence here was written for these tests; places are real Syrian names, the events invented.
"""

from __future__ import annotations

from contract_rows import contract

_LEAD = ("Drone strike near Amuda\n\nA Turkish drone struck a pickup truck on the road west of Amuda on Monday "
         "evening, killing two SDF fighters.\n\n")


def test_monitor_tells_where_the_truck_was_hit() -> None:
    row = contract(_LEAD + "The monitor said the truck burst into flames after two missiles hit it close to the "
                   "village of Tal Kocher.")
    assert len(row["incidents"]) == 1


def test_state_media_toll_of_the_same_bus() -> None:
    row = contract("Bus ambush in the desert\n\nISIS cells ambushed a bus carrying regime soldiers on the Palmyra road "
                   "on Tuesday, killing 14 of them, SOHR said.\n\nThe defence ministry said 11 soldiers died when the bus "
                   "was attacked near al-Sukhnah.")
    assert len(row["incidents"]) == 1
    assert row["incidents"][0]["killed"] == {"regime": 14}


def test_local_sources_on_the_house_that_was_raided() -> None:
    row = contract("Raid in Hajin\n\nCoalition helicopters and SDF units raided a house in Hajin at dawn on Sunday, "
                   "killing a suspected ISIS member.\n\nLocal sources said that the house belonged to a trader from "
                   "Al-Bukamal, and that his nephew was hurt in the shooting.")
    assert len(row["incidents"]) == 1


def test_look_alike_reply_of_the_other_side_stays_apart() -> None:
    row = contract(_LEAD + "SDF fighters responded by shelling the truck depot of the factions near Ras al-Ain, "
                   "killing three gunmen, the source said.")
    assert len(row["incidents"]) == 2


def test_look_alike_another_day_stays_apart() -> None:
    row = contract(_LEAD + "On Friday, a drone hit the truck of a farmer near Qamishli, killing him, the monitor said.")
    assert len(row["incidents"]) == 2


def test_look_alike_a_thing_never_introduced_stays_apart() -> None:
    row = contract(_LEAD + "The monitor said the bakery of Amuda was hit by a shell that evening, wounding a child.")
    assert len(row["incidents"]) == 2


def test_look_alike_told_as_another_stays_apart() -> None:
    row = contract(_LEAD + "Separately, the monitor said a landmine killed the driver of a tractor near Tal Tamr.")
    assert len(row["incidents"]) == 2
