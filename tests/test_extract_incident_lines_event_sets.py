"""After a period total, a line that tells how the period's events were spread ("Most of the blasts happened in
farmland near X and Y", "The raids were distributed as follows: 9 in A, 4 in B", "The majority of the attacks
targeted villages around X") quantifies a set of events, names no single one: no incident, even where it names
towns. Sentences written for these tests."""

from __future__ import annotations

from contract_rows import contract

_TOTAL = ("Half-year toll\n\nThe monitor documented the killing of 34 people by landmines and war remnants in the "
          "countryside of Aleppo in the first half of 2023, among them 15 children.\n\n")


def test_most_of_the_events_took_place_in_towns_is_no_incident() -> None:
    row = contract(_TOTAL + "Most of the blasts happened in farmland near the towns of al-Bab, Qabasin and Tadef, where "
                   "children were collecting scrap metal.")
    assert row["incidents"] == []


def test_events_distributed_by_area_is_no_incident() -> None:
    row = contract(_TOTAL + "The explosions were distributed as follows: 11 around Manbij, 8 near Jarablus and 6 in the "
                   "villages of al-Rai.")
    assert row["incidents"] == []


def test_majority_of_attacks_targeting_villages_is_no_incident() -> None:
    row = contract(_TOTAL + "The majority of the attacks targeted villages around Tal Rifaat and Deir Jamal.")
    assert row["incidents"] == []


def test_one_blast_after_the_total_is_still_an_incident() -> None:
    row = contract(_TOTAL + "On Monday, a landmine went off near the village of Qabasin, killing a boy.")
    assert len(row["incidents"]) == 1


def test_most_of_the_victims_killed_in_one_named_strike_is_not_an_event_set() -> None:
    row = contract(_TOTAL + "Most of the children were killed on Sunday when a warplane struck a school in the town of "
                   "Maskanah.")
    assert len(row["incidents"]) == 1
