"""A sentence inside a paragraph of tolls, led by the time of one day ("This morning, snipers shot dead two civilians
as they fled X"): one event, an incident, not part of the period tolls told before it. Sentences written for these
tests."""

from __future__ import annotations

from contract_rows import contract, killed_per_incident, kinds


def test_this_morning_sniper_killing_after_a_day_toll_is_an_incident() -> None:
    row = contract("Battle for the city\n\nClashes continue between the SDF and ISIS near the Old Market of Raqqa city. "
                   "SOHR documented the death of 9 ISIS members and four SDF fighters in the past 24 hours. This morning, "
                   "ISIS snipers shot dead three civilians as they tried to flee the Al-Thakana neighbourhood.")
    assert "attack" in kinds(row)
    assert {"civilians": 3} in killed_per_incident(row)


def test_look_alike_this_morning_toll_update_stays_a_total() -> None:
    row = contract("Battle for the city\n\nClashes continue between the SDF and ISIS near the Old Market of Raqqa city. "
                   "SOHR documented the death of 9 ISIS members and four SDF fighters in the past 24 hours. This morning, "
                   "the toll of the fighting since the start of the battle rose to 40.")
    assert {"civilians": 3} not in killed_per_incident(row)
    assert all(not i["killed"] for i in row["incidents"])
